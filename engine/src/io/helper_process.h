// Running one of Unroll's helper programs to completion, with cancellation. SentencePiece runs in
// its own process (unroll-subword): Debian's libsentencepiece carries a copy of protobuf whose
// symbols collide with the libprotobuf that libtorch loads, so the two cannot share a process.
#pragma once

#include <atomic>
#include <string>
#include <vector>

namespace unroll {

// A temporary folder that is removed with everything in it when this goes out of scope.
class TempFolder {
public:
    TempFolder();
    ~TempFolder();
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

struct HelperResult {
    int exit_code = 0;  // the program's exit status; -1 when a signal ended it
    bool cancelled = false;
    std::string output;  // what it wrote to stdout and stderr (the last 4 KB)
};

// The path of helper program `name`: $UNROLL_<NAME> (upper case, '-' as '_') when set, else the
// folder of the running program, else the build folder it was built in. Empty when none exists.
std::string findHelper(const std::string& name, const std::string& built_at);

// Runs `program` with `args` and waits for it; a set `cancel` kills it. Throws std::runtime_error
// when it cannot be started.
HelperResult runHelper(const std::string& program, const std::vector<std::string>& args,
                       const std::atomic<bool>* cancel = nullptr);

}  // namespace unroll
