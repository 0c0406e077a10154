#include "app/application.h"

int main(int argc, char** argv) { return lagebild::app::Application::run(argc, argv); }
