#include "models/ingest/json_writer.h"

#include <doctest/doctest.h>

using lagebild::ingest::JsonWriter;

TEST_CASE("the JSON writer escapes quotes, backslashes and control characters and keeps UTF-8") {
    std::string out;
    JsonWriter w(out);
    w.beginObject()
        .member("a", "say \"hi\"\\ \n\t\x01 Größe")
        .key("n")
        .value(42)
        .key("list")
        .beginArray()
        .value(true)
        .value("x")
        .endArray()
        .endObject();
    CHECK(out == "{\"a\":\"say \\\"hi\\\"\\\\ \\n\\t\\u0001 Größe\",\"n\":42,\"list\":[true,\"x\"]}");
}

TEST_CASE("nested objects and raw JSON get their commas") {
    std::string out;
    JsonWriter w(out);
    w.beginArray().beginObject().member("k", "v").endObject().raw("{\"r\":1}").value("").endArray();
    CHECK(out == R"([{"k":"v"},{"r":1},""])");
}
