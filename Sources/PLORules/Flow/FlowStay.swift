import PLOCalendar
import PLOModel
import XMLCore

/// The messages of one stay, sorted by time then MsgId, with corrections resolved.
///
/// A `C` message withdraws its target (the target counts as never sent); an `M` message
/// replaces its target, which keeps its own time. A message is *present* when it is neither
/// withdrawn nor itself a cancellation.
public struct FlowStay: Sendable {
    public let id: String
    public let key: StayKey
    public let items: [FlowItem]
    /// Positions of messages withdrawn by a cancellation.
    public let withdrawn: Set<Int>
    /// Positions of `M`/`C` messages whose `RefToParent` names no message of the stay.
    public let orphanCorrections: [Int]

    public init(id: String, key: StayKey, items: [FlowItem]) {
        self.id = id
        self.key = key
        self.items = items
        var byId: [String: Int] = [:]
        for (position, item) in items.enumerated() where byId[item.msgId] == nil && !item.msgId.isEmpty {
            byId[item.msgId] = position
        }
        var withdrawn = Set<Int>()
        var orphans: [Int] = []
        for (position, item) in items.enumerated() where item.status == .change || item.status == .cancel {
            guard let parent = item.message.refToParent, let target = byId[parent], target != position else {
                orphans.append(position)
                continue
            }
            if item.status == .cancel { withdrawn.insert(target) }
        }
        self.withdrawn = withdrawn
        orphanCorrections = orphans
    }

    /// Whether the message at `position` counts: not withdrawn and not a cancellation.
    public func isPresent(_ position: Int) -> Bool {
        !withdrawn.contains(position) && items[position].status != .cancel
    }

    /// Positions of present messages of `type` (optionally only status `N`, or from `side`).
    public func positions(_ type: MessageType, newOnly: Bool = false, from side: FlowSide? = nil) -> [Int] {
        items.indices.filter { position in
            items[position].type == type && isPresent(position) && (!newOnly || items[position].status == .new)
                && (side == nil || items[position].side == side)
        }
    }

    /// The admission: the first present `LOG_INNLAGT` with status N.
    public var admission: FlowItem? {
        positions(.innlagt, newOnly: true).first.map { items[$0] }
    }

    /// Whether the stay ends in death (a present `LOG_DOD`).
    public var endsInDeath: Bool { !positions(.dod).isEmpty }
}
