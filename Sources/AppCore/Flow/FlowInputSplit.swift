import PLOCalendar
import PLOModel
import PLORules
import XMLCore

/// The inputs of `plo flow` taken apart for the checker: the messages to group, the unreadable
/// inputs, and every input's own findings by file (to attach to its stay or unassigned entry).
public struct FlowInputSplit: Sendable {
    /// Each file's own findings (equal lists share storage).
    let own: [String: [Finding]]
    /// Inputs without flow facts, in input order (findings attached later).
    let unreadable: [UnassignedMessage]
    /// The flow facts of the readable inputs, in input order.
    var messages: [FlowMessage]

    /// Takes apart `inputs` (the whole path of ``FlowReport/init(inputs:context:)``).
    init(_ inputs: consuming [FlowInput]) {
        var own: [String: [Finding]] = [:]
        var unreadable: [UnassignedMessage] = []
        var messages: [FlowMessage] = []
        messages.reserveCapacity(inputs.count)
        for input in consume inputs {
            if !input.findings.isEmpty {
                if let earlier = own[input.file] {
                    own[input.file] = earlier + input.findings
                } else {
                    own[input.file] = input.findings
                }
            }
            if let message = input.message {
                messages.append(message)
            } else {
                unreadable.append(UnassignedMessage(file: input.file, reason: input.unreadableReason))
            }
        }
        self.own = own
        self.unreadable = unreadable
        self.messages = messages
    }

    /// Takes apart inputs read into parallel arrays, indexed by input: `messages` holds each
    /// input's flow facts, where `readable`; it is compacted in place (no second array).
    init(files: [String], findings: [[Finding]], readable: [Bool], messages: consuming [FlowMessage]) {
        var messages = consume messages
        var own: [String: [Finding]] = [:]
        var unreadable: [UnassignedMessage] = []
        var kept = 0
        for index in files.indices {
            let file = files[index]
            if !findings[index].isEmpty {
                if let earlier = own[file] {
                    own[file] = earlier + findings[index]
                } else {
                    own[file] = findings[index]
                }
            }
            if readable[index] {
                if kept != index { messages.swapAt(kept, index) }
                kept += 1
            } else {
                let reason = FlowInput(file: file, findings: findings[index], message: nil).unreadableReason
                unreadable.append(UnassignedMessage(file: file, reason: reason))
            }
        }
        messages.removeLast(messages.count - kept)
        self.own = own
        self.unreadable = unreadable
        self.messages = messages
    }

    /// `stay` with its messages' own findings in front of its flow findings.
    func attachingOwnFindings(to stay: consuming StayResult) -> StayResult {
        var stay = stay
        let ownFindings = stay.messages.flatMap { message in
            (own[message.file] ?? []).map { $0.about([message.file]) }
        }
        stay.findings = ownFindings + stay.findings
        return stay
    }

    /// The unassigned messages, unreadable or not, with their own findings, by file name.
    func unassigned(_ outcome: FlowOutcome) -> [UnassignedMessage] {
        return (unreadable + outcome.unassigned).map { entry in
            var entry = entry
            entry.findings = (own[entry.file] ?? []).map { $0.about([entry.file]) }
            return entry
        }.sorted { $0.file < $1.file }
    }
}
