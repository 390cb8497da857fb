// What a view of a run implements: it is told when a run is built or opened (its parameters,
// layers and epochs), and receives what training measured at every drain of the buffer.
#pragma once

#include "unroll/snapshot_buffer.h"
#include "unroll/training_session.h"

namespace unroll {

class SnapshotView {
public:
    virtual ~SnapshotView() = default;
    // A new run (or an opened one): clear and lay out for it.
    virtual void setSession(const SessionInfo& info) = 0;
    virtual void consume(const SnapshotBuffer::Drained& batch) = 0;
};

}  // namespace unroll
