#include "app/application.h"
#include "models/core/memory.h"

int main(int argc, char** argv) {
    lagebild::core::limitMallocArenas();
    return lagebild::app::Application::run(argc, argv);
}
