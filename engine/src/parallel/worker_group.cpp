#include "parallel/group_ops.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <regex>

namespace unroll {

namespace {

// An exception's own words on one line, without a closing full stop: c10's errors carry a
// backtrace after theirs.
std::string firstLine(const std::exception& e) {
    const auto* c10 = dynamic_cast<const c10::Error*>(&e);
    const std::string text = c10 ? c10->what_without_backtrace() : e.what();
    std::string line = text.substr(0, text.find('\n'));
    while (!line.empty() && (line.back() == '.' || line.back() == '!' || line.back() == ' '))
        line.pop_back();  // the message goes on after it with its own full stop
    return line;
}

// As long as it takes: c10d 1.13 has no wait without a limit.
constexpr std::chrono::milliseconds kForever = std::chrono::hours(24 * 365);

std::chrono::milliseconds millis(double seconds) {
    return std::chrono::milliseconds(static_cast<int64_t>(seconds * 1000.0));
}

// c10d's and Gloo's own words, with what they mean for the run.
[[noreturn]] void groupBroke(const WorkerGroup::Impl& g, const std::exception& e) {
    throw WorkerGroupError(Message(
        UNROLL_TEXT("the worker group broke (this is worker %1 of %2): %3. A worker died, hung "
                    "for more than %4 s or could not be reached; the run stops, and the last "
                    "checkpoint rank 0 saved is intact"),
        g.address.rank, g.address.world, Message::verbatim(firstLine(e)),
        number(g.timeout_seconds, 3)));
}

template <typename F>
void collective(WorkerGroup::Impl& g, F&& f) {
    try {
        f()->wait(millis(g.timeout_seconds));
    } catch (const WorkerGroupError&) {
        throw;
    } catch (const std::exception& e) {
        groupBroke(g, e);
    }
}

// One of the launcher's variables as a whole number in [lowest, highest].
int launcherNumber(const char* name, const char* text, int lowest, int highest) {
    static const std::regex digits("[0-9]{1,9}");
    if (!std::regex_match(text, digits) || std::atoi(text) < lowest || std::atoi(text) > highest)
        throw WorkerGroupError(
            Message(UNROLL_TEXT("%1 = %2 is not a whole number from %3 to %4; set it as PyTorch's "
                                "launcher does (RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT)"),
                    name, text, lowest, highest));
    return std::atoi(text);
}

}  // namespace

std::optional<GroupAddress> groupAddressFromEnvironment() {
    const char* rank = std::getenv("RANK");
    if (!rank)
        return std::nullopt;
    const char* world = std::getenv("WORLD_SIZE");
    const char* host = std::getenv("MASTER_ADDR");
    const char* port = std::getenv("MASTER_PORT");
    const char* file = std::getenv("UNROLL_GROUP_FILE");
    if (world && file && *file) {  // a worker rank 0 started on its own machine
        GroupAddress a;
        a.world = launcherNumber("WORLD_SIZE", world, 1, 4096);
        a.rank = launcherNumber("RANK", rank, 0, a.world - 1);
        a.store_file = file;
        return a;
    }
    if (!world || !host || !port)
        throw WorkerGroupError(Message(UNROLL_TEXT(
            "RANK is set but not all of WORLD_SIZE, MASTER_ADDR and MASTER_PORT are: set the four "
            "together, as PyTorch's launcher does")));
    GroupAddress a;
    a.world = launcherNumber("WORLD_SIZE", world, 1, 4096);
    a.rank = launcherNumber("RANK", rank, 0, a.world - 1);
    a.host = host;
    a.port = launcherNumber("MASTER_PORT", port, 1, 65535);
    return a;
}

WorkerGroup::WorkerGroup(const GroupAddress& address, double timeout_seconds)
    : impl_(std::make_unique<Impl>()) {
    Impl& g = *impl_;
    g.address = address;
    g.timeout_seconds = timeout_seconds;
    if (!address.store_file.empty()) {
        try {
            g.store = c10::make_intrusive<c10d::FileStore>(address.store_file, address.world);
        } catch (const std::exception& e) {
            throw WorkerGroupError(Message(
                UNROLL_TEXT("worker %1 of %2 cannot open the group's file %3: %4"), address.rank,
                address.world, address.store_file, Message::verbatim(firstLine(e))));
        }
        return;
    }
    c10d::TCPStoreOptions options;
    options.port = static_cast<uint16_t>(address.port);
    options.isServer = address.rank == 0;
    options.numWorkers = address.world;
    options.waitWorkers = false;  // connect() waits, so that rank 0 can start the others first
    options.timeout = millis(timeout_seconds);
    try {
        g.store = c10::make_intrusive<c10d::TCPStore>(address.host, options);
    } catch (const std::exception& e) {
        if (address.rank == 0)
            throw WorkerGroupError(Message(
                UNROLL_TEXT("rank 0 of %1 cannot listen at %2:%3: %4; pick another port (or 0 on "
                            "one machine)"),
                address.world, address.host, address.port, Message::verbatim(firstLine(e))));
        throw WorkerGroupError(
            Message(UNROLL_TEXT("worker %1 of %2 cannot reach rank 0 at %3:%4: %5"), address.rank,
                    address.world, address.host, address.port, Message::verbatim(firstLine(e))));
    }
    g.address.port = static_cast<c10d::TCPStore&>(*g.store).getPort();
}

std::shared_ptr<WorkerGroup> WorkerGroup::local(int world, double timeout_seconds) {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/unroll-group-XXXXXX";
    if (!mkdtemp(pattern.data()))  // 0700: only this user reads or writes the rendezvous
        throw WorkerGroupError(
            Message(UNROLL_TEXT("cannot make the workers' rendezvous folder %1: %2 — check TMPDIR"),
                    pattern, Message::verbatim(std::strerror(errno))));
    GroupAddress a{0, world, "127.0.0.1", 0, pattern + "/rendezvous"};
    std::shared_ptr<WorkerGroup> group;
    try {
        group = std::make_shared<WorkerGroup>(a, timeout_seconds);
    } catch (...) {
        std::filesystem::remove_all(pattern);
        throw;
    }
    group->impl().private_folder = pattern;
    return group;
}

WorkerGroup::Impl::~Impl() {
    commands.reset();
    group.reset();
    store.reset();  // the last FileStore to close removes its file
    if (!private_folder.empty()) {
        std::error_code ignored;
        std::filesystem::remove_all(private_folder, ignored);
    }
}

WorkerGroup::~WorkerGroup() = default;

const GroupAddress& WorkerGroup::address() const {
    return impl_->address;
}

int WorkerGroup::rank() const {
    return impl_->address.rank;
}
int WorkerGroup::world() const {
    return impl_->address.world;
}
int WorkerGroup::port() const {
    return impl_->address.port;
}
WorkerGroup::Impl& WorkerGroup::impl() const {
    return *impl_;
}

void WorkerGroup::connect() {
    Impl& g = *impl_;
    if (g.group)
        return;
    auto options = c10d::ProcessGroupGloo::Options::create(millis(g.timeout_seconds));
    // A group on one machine talks over loopback only. Across machines each worker binds to its
    // own address: the interface GLOO_SOCKET_IFNAME names, as in PyTorch, else the one its host
    // name resolves to (Gloo's default).
    const bool local = !g.address.store_file.empty() || g.address.host == "127.0.0.1" ||
                       g.address.host == "localhost";
    const char* interface = std::getenv("GLOO_SOCKET_IFNAME");
    try {
        options->devices.push_back(
            local       ? c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1")
            : interface ? c10d::ProcessGroupGloo::createDeviceForInterface(interface)
                        : c10d::ProcessGroupGloo::createDefaultDevice());
    } catch (const std::exception& e) {
        throw WorkerGroupError(Message(
            UNROLL_TEXT("worker %1 of %2 found no network interface to talk to the others on: "
                        "%3; name one with GLOO_SOCKET_IFNAME"),
            g.address.rank, g.address.world, Message::verbatim(firstLine(e))));
    }
    try {
        g.group = c10::make_intrusive<c10d::ProcessGroupGloo>(g.store, g.address.rank,
                                                              g.address.world, options);
        // Rank 0's commands travel on connections of their own, whose operations wait as long
        // as rank 0 lives: a follower waits for the next command while the run is paused.
        auto patient = c10d::ProcessGroupGloo::Options::create(kForever);
        patient->devices = options->devices;
        g.commands = c10::make_intrusive<c10d::ProcessGroupGloo>(
            c10::make_intrusive<c10d::PrefixStore>("unroll/commands", g.store), g.address.rank,
            g.address.world, patient);
    } catch (const std::exception& e) {
        throw WorkerGroupError(Message(
            UNROLL_TEXT("the worker group did not form within %1 s (this is worker %2 of %3): %4"),
            number(g.timeout_seconds, 3), g.address.rank, g.address.world,
            Message::verbatim(firstLine(e))));
    }
}

void WorkerGroup::Impl::sumInPlace(torch::Tensor& t) {
    std::vector<torch::Tensor> tensors{t};
    collective(*this, [&] { return group->allreduce(tensors); });
}

void WorkerGroup::Impl::fromRankZero(torch::Tensor& t) {
    std::vector<torch::Tensor> tensors{t};
    collective(*this, [&] { return group->broadcast(tensors); });
}

std::vector<double> WorkerGroup::Impl::sum(std::vector<double> values) {
    torch::Tensor t = torch::tensor(values, torch::kDouble);
    sumInPlace(t);
    return {t.data_ptr<double>(), t.data_ptr<double>() + t.numel()};
}

std::vector<double> WorkerGroup::Impl::max(std::vector<double> values) {
    std::vector<torch::Tensor> tensors{torch::tensor(values, torch::kDouble)};
    c10d::AllreduceOptions options;
    options.reduceOp = c10d::ReduceOp::MAX;
    collective(*this, [&] { return group->allreduce(tensors, options); });
    const torch::Tensor& t = tensors.front();
    return {t.data_ptr<double>(), t.data_ptr<double>() + t.numel()};
}

namespace {

// What a follower asks of rank 0 (its store, its next command): rank 0 gone ends the run.
template <typename F>
auto whileRankZeroLives(const WorkerGroup::Impl& g, F&& f) {
    try {
        return f();
    } catch (const std::exception& e) {
        throw WorkerGroupError(
            Message(UNROLL_TEXT("worker %1 of %2 lost rank 0 (%3); the run has ended"),
                    g.address.rank, g.address.world, Message::verbatim(firstLine(e))));
    }
}

}  // namespace

void WorkerGroup::Impl::publish(const std::string& key, const std::string& value) {
    whileRankZeroLives(*this,
                       [&] { store->set(key, std::vector<uint8_t>(value.begin(), value.end())); });
}

std::string WorkerGroup::Impl::await(const std::string& key) {
    // c10d 1.13 cannot cancel a wait that timed out (its late answer would be read as the next
    // one's), so the wait has no end short of rank 0's: a closed connection ends it at once.
    const std::vector<uint8_t> v = whileRankZeroLives(*this, [&] {
        store->wait({key}, kForever);
        return store->get(key);
    });
    return std::string(v.begin(), v.end());
}

std::string WorkerGroup::Impl::peek(const std::string& key) {
    return whileRankZeroLives(*this, [&] {
        if (!address.store_file.empty()) {  // a file has no connection to fall out of step
            if (!store->check({key}))
                return std::string();
            const std::vector<uint8_t> v = store->get(key);
            return std::string(v.begin(), v.end());
        }
        // Read after a failure, through a connection of its own: c10d 1.13's connection is out
        // of step after an operation of it timed out (its late answer would be read as this
        // one's).
        c10d::TCPStoreOptions options;
        options.port = static_cast<uint16_t>(address.port);
        options.isServer = false;
        options.waitWorkers = false;
        options.timeout = std::chrono::seconds(5);
        c10d::TCPStore reader(address.host, options);
        if (!reader.check({key}))
            return std::string();
        const std::vector<uint8_t> v = reader.get(key);
        return std::string(v.begin(), v.end());
    });
}

void WorkerGroup::Impl::sendCommand(const std::string& command) {
    std::vector<torch::Tensor> length{
        torch::tensor({static_cast<int64_t>(command.size())}, torch::kLong)};
    std::vector<torch::Tensor> text{
        torch::empty({static_cast<int64_t>(command.size())}, torch::kUInt8)};
    std::memcpy(text.front().data_ptr(), command.data(), command.size());
    collective(*this, [&] { return commands->broadcast(length); });
    if (!command.empty())
        collective(*this, [&] { return commands->broadcast(text); });
}

std::string WorkerGroup::Impl::receiveCommand() {
    std::vector<torch::Tensor> length{torch::zeros({1}, torch::kLong)};
    std::vector<torch::Tensor> text;
    whileRankZeroLives(*this, [&] {  // no limit but rank 0's end: its closed connection
        commands->broadcast(length)->wait(kForever);
        text.push_back(torch::empty({length.front().item<int64_t>()}, torch::kUInt8));
        if (text.front().numel() > 0)
            commands->broadcast(text)->wait(kForever);
    });
    return std::string(static_cast<const char*>(text.front().data_ptr()),
                       static_cast<size_t>(text.front().numel()));
}

int64_t WorkerGroup::Impl::count(const std::string& key, int64_t delta) {
    return whileRankZeroLives(*this, [&] { return store->add(key, delta); });
}

}  // namespace unroll
