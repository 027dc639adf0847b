#pragma once

#include <algorithm>
#include <cstddef>
#include <mutex>
#include <vector>

namespace tsumugi {

// The server backends a desk's connection has had (a connection made anew gets another): a change announced by any of
// them is the desk's own, also one committed just before its connection was lost and made again. Shared by the
// connection and the desk's change feed, which asks from its own thread.
class OwnBackends {
public:
    void add(int pid) {
        const std::lock_guard lock(m_mutex);
        if (std::find(m_pids.begin(), m_pids.end(), pid) != m_pids.end()) {
            return;
        }
        m_pids.push_back(pid);
        if (m_pids.size() > Kept) {
            m_pids.erase(m_pids.begin()); // much later the server may give an old number to another desk's backend
        }
    }
    bool contains(int pid) const {
        const std::lock_guard lock(m_mutex);
        return std::find(m_pids.begin(), m_pids.end(), pid) != m_pids.end();
    }

private:
    static constexpr std::size_t Kept = 8;
    mutable std::mutex m_mutex;
    std::vector<int> m_pids;
};

} // namespace tsumugi
