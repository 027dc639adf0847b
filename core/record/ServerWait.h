#pragma once

#include <functional>

namespace tsumugi {

// How a desk waits for the clinic server. A statement can wait on the network for seconds (a stalled switch is given
// up after about 4 s, PostgresConnection::execWatched), and the desk's window must not freeze meanwhile: the
// connection hands every call that may wait to this, and the desk runs it on a thread of its own while its window
// goes on painting and says that it is saving. Without one (tsumugictl, the workers' own connections) a call simply
// runs where it is.
class ServerWait {
public:
    virtual ~ServerWait() = default;
    // Runs call to its end and returns then (what call throws is thrown here). saving: a change is being written,
    // else the desk is reading.
    virtual void await(const std::function<void()>& call, bool saving) = 0;
};

} // namespace tsumugi
