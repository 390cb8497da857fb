#include "parallel/group_ops.h"

#include <cstdlib>
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
    g.address.port = g.store->getPort();
}

WorkerGroup::~WorkerGroup() = default;

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
    const bool local = g.address.host == "127.0.0.1" || g.address.host == "localhost";
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

// A store operation: rank 0 gone (its store with it) ends the run.
template <typename F>
auto storeCall(const WorkerGroup::Impl& g, F&& f) {
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
    storeCall(*this, [&] { store->set(key, std::vector<uint8_t>(value.begin(), value.end())); });
}

std::string WorkerGroup::Impl::await(const std::string& key) {
    // c10d 1.13 cannot cancel a wait that timed out (its late answer would be read as the next
    // one's), so the wait has no end short of rank 0's: a closed connection ends it at once.
    constexpr auto kForever = std::chrono::hours(24 * 365);
    const std::vector<uint8_t> v = storeCall(*this, [&] {
        store->wait({key}, kForever);
        return store->get(key);
    });
    return std::string(v.begin(), v.end());
}

std::string WorkerGroup::Impl::peek(const std::string& key) {
    // Read after a failure, through a connection of its own: c10d 1.13's connection is out of
    // step after an operation of it timed out (its late answer would be read as this one's).
    return storeCall(*this, [&] {
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

void WorkerGroup::Impl::forget(const std::string& key) {
    storeCall(*this, [&] { store->deleteKey(key); });
}

int64_t WorkerGroup::Impl::count(const std::string& key, int64_t delta) {
    return storeCall(*this, [&] { return store->add(key, delta); });
}

}  // namespace unroll
