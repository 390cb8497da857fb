// A few lines of test harness for the device checks, which must build where there is no Qt (a
// GPU machine with a CUDA PyTorch): each failed check prints where and why; the program's exit
// status is the number of failures (capped), so CTest sees a failure as with Qt Test.
#pragma once

#include <algorithm>
#include <cstdio>
#include <string>

namespace unroll::device_check {

inline int& failures() {
    static int count = 0;
    return count;
}

inline void check(bool ok, const std::string& what) {
    std::printf("%s: %s\n", ok ? "PASS" : "FAIL", what.c_str());
    if (!ok)
        ++failures();
}

// A relative error as "3.1e-07".
inline std::string scientific(double x) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1e", x);
    return text;
}

inline int exitStatus() {
    std::printf("%d failure(s)\n", failures());
    return std::min(failures(), 100);
}

}  // namespace unroll::device_check
