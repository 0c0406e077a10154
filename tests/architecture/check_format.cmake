# Fails when any C++ source under app, ui, models or tests differs from .clang-format.
file(GLOB_RECURSE files
  ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
  ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
  ${SOURCE_DIR}/models/*.cpp ${SOURCE_DIR}/models/*.h
  ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror --style=file ${files}
                RESULT_VARIABLE rc ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "clang-format differences (run: clang-format -i on the files below)\n${out}")
endif()
list(LENGTH files n)
message(STATUS "${n} files match .clang-format")
