/// Puts results that finish out of order back in input order: each is held until all before it
/// have been handed on, then handed on and dropped, so only the early ones are ever kept.
struct ReorderWindow<Element> {
    /// The index of the next element to hand on.
    private(set) var next = 0
    /// Elements that arrived before their turn, by index.
    private var early: [Int: Element] = [:]

    /// The number of elements waiting for an earlier one.
    var waiting: Int { early.count }

    /// Takes the element for `index` and hands on, in order, every element now ready (none when an
    /// earlier one is still missing). Returns how many were handed on.
    @discardableResult
    mutating func put(_ element: Element, at index: Int, deliver: (Int, Element) -> Void) -> Int {
        guard index == next else {
            early[index] = element
            return 0
        }
        deliver(index, element)
        next += 1
        var delivered = 1
        while !early.isEmpty, let ready = early.removeValue(forKey: next) {
            deliver(next, ready)
            next += 1
            delivered += 1
        }
        return delivered
    }
}
