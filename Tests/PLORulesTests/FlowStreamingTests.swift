import PLOCalendar
import PLOModel
import SyntheticFlow
import Testing
import XMLCore

@testable import PLORules

/// The streaming checker: memory bounded by open stays (a deterministic counter, not timing),
/// and results identical to the former all-in-memory algorithm, kept here as a reference.
@Suite struct FlowStreamingTests {
    /// Everything a report shows of a stay.
    struct Snapshot: Hashable, Comparable, CustomStringConvertible {
        var id: String
        var key: StayKey
        var messages: [StayMessage]
        var findings: [Finding]
        var admission: LocalDateTime?
        var closed: Bool

        init(_ stay: StayResult) {
            id = stay.id
            key = stay.key
            messages = stay.messages
            findings = stay.findings
            admission = stay.admission
            closed = stay.closed
        }

        var description: String {
            "\(id) \(closed) \(messages.map { "\($0.file)+\($0.resends)" }) \(findings.map { "\($0.rule) \($0.files) \($0.message)" })"
        }

        static func < (a: Snapshot, b: Snapshot) -> Bool { a.description < b.description }
    }

    struct Result: Equatable {
        var stays: [Snapshot]
        var messages: Int
        var stayCount: Int
        var unassigned: [UnassignedMessage]
    }

    static func result(_ stays: [StayResult], _ outcome: FlowOutcome) -> Result {
        Result(stays: stays.map(Snapshot.init).sorted(), messages: outcome.messages, stayCount: outcome.stays, unassigned: outcome.unassigned)
    }

    static func viaArray(_ messages: [FlowMessage]) -> (Result, FlowOutcome) {
        var stays: [StayResult] = []
        let outcome = FlowChecker().check(messages) { stays.append($0) }
        return (result(stays, outcome), outcome)
    }

    static func viaStream(_ messages: [FlowMessage]) -> (Result, FlowOutcome) {
        var stays: [StayResult] = []
        let outcome = FlowChecker().check(sorted: { messages }) { stays.append($0) }
        return (result(stays, outcome), outcome)
    }

    // MARK: Memory bounded by open stays

    @Test(arguments: [4_000, 16_000])
    func openStaysDoNotGrowWithTotal(stays count: Int) {
        var stays = 0
        let outcome = FlowChecker().check(sorted: { SyntheticStays.timeOrdered(stays: count) }) { _ in stays += 1 }
        #expect(stays == count)
        #expect(outcome.messages == 8 * count)
        // Stays overlap at most SyntheticStays.maxOverlap (2 679) at a time, whatever the total:
        // a checker keeping every stay would report `count` here.
        #expect(SyntheticStays.maxOverlap == 2_679)
        #expect(outcome.maxOpenStays == SyntheticStays.maxOverlap)
    }

    @Test func arbitraryOrderInputAlsoKeepsOnlyOpenStays() {
        let messages = SyntheticStays.messages(stays: 5_000)
        let outcome = FlowChecker().check(messages) { _ in }
        #expect(outcome.stays == 5_000)
        #expect(outcome.maxOpenStays == SyntheticStays.maxOverlap)
    }

    @Test func timeOrderedGeneratorYieldsTheSameMessagesInCheckerOrder() {
        let ordered = Array(SyntheticStays.timeOrdered(stays: 3_000))
        let plain = SyntheticStays.messages(stays: 3_000)
        #expect(ordered.count == plain.count)
        #expect(Set(ordered) == Set(plain))
        var prepass = FlowPrepass()
        for message in ordered { prepass.note(message) }
        #expect(prepass.sorted)
        #expect(Array(SyntheticStays.timeOrdered(stays: 3_000)) == ordered)
    }

    @Test func streamAndArrayAgreeOnSyntheticStays() {
        let messages = SyntheticStays.messages(stays: 3_000)
        let (array, _) = Self.viaArray(messages)
        let (stream, _) = Self.viaStream(Array(SyntheticStays.timeOrdered(stays: 3_000)))
        #expect(array == stream)
        #expect(array == Self.reference(messages))
    }

    // MARK: AppRecs

    /// AppRecs join their message's stay whether they come before it (a sender's clock), right
    /// after it, or long after the stay's other messages (the stay is held until they come); one
    /// for a message not in the input is unassigned. Array and stream agree.
    @Test func appRecsReachTheirStayInEveryOrder() {
        typealias T = FlowCheckerTests
        var messages = T.clean()
        messages.append(T.appRec("ack-innlagt-early", for: "innlagt", "2026-03-02T09:39:00"))
        messages.append(T.appRec("ack-rapport", for: "rapport", "2026-03-02T11:06:00", from: T.hospital, to: T.municipality))
        messages.append(T.appRec("ack-utskrevet-late", for: "utskrevet", "2026-03-20T10:00:00"))
        messages.append(T.appRec("ack-nowhere", for: "nowhere", "2026-03-03T10:00:00"))
        // Another patient's stay in between, so the first stay's key is done long before its last AppRec.
        messages.append(T.message("other-innlagt", .innlagt, "2026-03-10T09:00:00", patient: "01010112345"))
        var ordered = messages
        ordered.sort { a, b in
            let x = LocalDateTime(iso: a.genDate ?? "").map(Oslo.instant) ?? 0
            let y = LocalDateTime(iso: b.genDate ?? "").map(Oslo.instant) ?? 0
            return (x, a.msgId ?? "", a.file) < (y, b.msgId ?? "", b.file)
        }
        var fromArray: [StayResult] = []
        var fromStream: [StayResult] = []
        let arrayOutcome = FlowChecker().check(messages.shuffled()) { fromArray.append($0) }
        let streamOutcome = FlowChecker().check(sorted: { ordered }) { fromStream.append($0) }
        for (stays, outcome) in [(fromArray, arrayOutcome), (fromStream, streamOutcome)] {
            #expect(outcome.stays == 2)
            #expect(outcome.messages == messages.count)
            #expect(outcome.unassigned.map(\.file) == ["ack-nowhere"])
            let first = stays.first { $0.key.patient == "12845610175" }
            let receipts = Dictionary(uniqueKeysWithValues: (first?.messages ?? []).map { ($0.file, $0.receipts.map(\.file)) })
            #expect(receipts["innlagt"] == ["ack-innlagt-early"])
            #expect(receipts["rapport"] == ["ack-rapport"])
            #expect(receipts["utskrevet"] == ["ack-utskrevet-late"])
        }
        #expect(Self.result(fromArray, arrayOutcome) == Self.result(fromStream, streamOutcome))
    }

    // MARK: Holding a stay for a repeated MsgId

    @Test func closedStayIsHeldUntilItsMsgIdsLastOccurrence() {
        typealias T = FlowCheckerTests
        var messages = T.clean()  // patient 12845610175, closed 2026-03-05
        // Weeks later another patient's message reuses the MsgId "info" with other content, and
        // an identical copy of "klar" arrives: both must still reach the first stay.
        var later = T.message("other-info", .helseopplysninger, "2026-04-01T10:00:00", id: "info", hash: 7, patient: "01010112345")
        later.patientId = "01010112345"
        messages.append(later)
        let klar = messages.first { $0.file == "klar" }?.contentHash ?? 0
        messages.append(T.message("klar-copy", .utskrivningsklar, "2026-04-02T10:00:00", id: "klar", hash: klar))
        messages.append(T.message("innlagt-2", .innlagt, "2026-04-01T09:00:00", patient: "01010112345"))
        var ordered = messages
        ordered.sort { a, b in
            let x = LocalDateTime(iso: a.genDate ?? "").map(Oslo.instant) ?? 0
            let y = LocalDateTime(iso: b.genDate ?? "").map(Oslo.instant) ?? 0
            return (x, a.msgId ?? "", a.file) < (y, b.msgId ?? "", b.file)
        }
        for (result, outcome) in [Self.viaArray(messages), Self.viaStream(ordered)] {
            #expect(result == Self.reference(messages))
            let first = result.stays.first { $0.key.patient == "12845610175" }
            #expect(first?.findings.map(\.rule) == ["FLOW-DUPLICATE-MSGID"])
            #expect(first?.findings.first?.files == ["info", "other-info"])
            #expect(first?.messages.first { $0.file == "klar" }?.resends == ["klar-copy"])
            #expect(outcome.stays == 2)
            #expect(outcome.maxOpenStays == 2)
        }
    }

    @Test func unsortedSequenceFallsBackToSorting() {
        let messages = FlowCheckerTests.clean().reversed().map { $0 }
        let (stream, _) = Self.viaStream(messages)
        #expect(stream == Self.reference(messages))
        #expect(stream.stays.count == 1)
    }

    // MARK: Same results as the all-in-memory algorithm

    @Test(arguments: 0..<300)
    func randomInputsMatchReference(seed: Int) {
        var rng = SplitMix(seed: UInt64(seed))
        let messages = Self.randomMessages(&rng)
        let expected = Self.reference(messages)
        #expect(Self.viaArray(messages).0 == expected)
        #expect(Self.viaArray(messages.shuffled(using: &rng)).0 == expected)
        let ordered = messages.sorted { a, b in
            let x = LocalDateTime(iso: a.genDate ?? "").map(Oslo.instant) ?? 0
            let y = LocalDateTime(iso: b.genDate ?? "").map(Oslo.instant) ?? 0
            return (x, a.msgId ?? "", a.file) < (y, b.msgId ?? "", b.file)
        }
        #expect(Self.viaStream(ordered).0 == expected)
        #expect(Self.viaStream(messages).0 == expected)
    }

    /// A small, dense mix: few keys, colliding times, reopened stays, corrections, cancellations,
    /// resends, MsgId clashes (also across stays and keys), both directions, unassignable messages.
    static func randomMessages(_ rng: inout SplitMix) -> [FlowMessage] {
        let types: [MessageType] = [
            .innlagt, .innlagt, .innlagt, .innleggelsesrapport, .innleggelsesrapport, .helseopplysninger, .helseopplysninger,
            .utskrivningsklar, .avmelding, .utskrevet, .utskrivningsrapport, .dod, .appRec, .helseopplysningerLege,
        ]
        let statuses = ["N", "N", "N", "N", "M", "A", "C", "X"]
        var messages: [FlowMessage] = []
        for index in 0..<Int.random(in: 1...40, using: &rng) {
            let file = "f\(index).xml"
            if !messages.isEmpty, Int.random(in: 0..<8, using: &rng) == 0, let original = messages.randomElement(using: &rng) {
                var copy = original  // a resend: same MsgId, same bytes, another file
                copy.file = file
                messages.append(copy)
                continue
            }
            let type = types.randomElement(using: &rng) ?? .innlagt
            let patient = ["p1", "p2", "p3"].randomElement(using: &rng)
            let hospital = ["8100001", "8100002"].randomElement(using: &rng) ?? ""
            let municipality = ["8200001", "8200002"].randomElement(using: &rng) ?? ""
            let fromMunicipality =
                type == .innleggelsesrapport || ([.helseopplysninger, .dod].contains(type) && Bool.random(using: &rng))
            let status = statuses.randomElement(using: &rng)
            var msgId = "m\(index)"
            if !messages.isEmpty, Int.random(in: 0..<10, using: &rng) == 0 { msgId = messages.randomElement(using: &rng)?.msgId ?? msgId }
            let ref =
                status == "N"
                ? nil : (Bool.random(using: &rng) ? messages.randomElement(using: &rng)?.msgId : ["nowhere", nil].randomElement(using: &rng) ?? nil)
            let day = Int.random(in: 2...6, using: &rng)
            let time = "2026-03-0\(day)T\(String(format2: Int.random(in: 7...16, using: &rng))):\(["00", "30"].randomElement(using: &rng) ?? "00"):00"
            messages.append(
                FlowMessage(
                    file: file, typeCode: type.rawValue, statusCode: status, msgId: Int.random(in: 0..<30, using: &rng) == 0 ? nil : msgId,
                    refToParent: ref, genDate: Int.random(in: 0..<30, using: &rng) == 0 ? "garbage" : time,
                    senderHerId: fromMunicipality ? municipality : hospital, receiverHerId: fromMunicipality ? hospital : municipality,
                    patientId: Int.random(in: 0..<25, using: &rng) == 0 ? nil : patient, contentHash: UInt64(index),
                    contentType: type == .helseopplysninger ? ["1", "2", nil].randomElement(using: &rng) ?? nil : nil))
        }
        return messages
    }

    /// The checker before streaming: every item in memory, sorted once, duplicates resolved first.
    static func reference(_ messages: [FlowMessage]) -> Result {
        let checker = FlowChecker()
        var outcome = FlowOutcome()
        let classifier = FlowClassifier(messages)
        var items: [FlowItem] = []
        var keyOf: [Int] = []
        var keys: [StayKey] = []
        var keyIndex: [StayKey: Int] = [:]
        for message in messages {
            switch classifier.classify(message) {
            case .success(let classified):
                let index = keyIndex[classified.key] ?? keys.count
                if index == keys.count {
                    keyIndex[classified.key] = index
                    keys.append(classified.key)
                }
                items.append(classified.item)
                keyOf.append(index)
            case .failure(let reason): outcome.unassigned.append(UnassignedMessage(file: message.file, reason: reason.text))
            }
        }
        // Duplicates.
        var first: [String: Int] = [:]
        var groups: [String: [Int]] = [:]
        for (index, item) in items.enumerated() where !item.msgId.isEmpty {
            if let earlier = first[item.msgId] { groups[item.msgId, default: [earlier]].append(index) } else { first[item.msgId] = index }
        }
        var dropped = Set<Int>()
        for msgId in groups.keys.sorted() {
            guard let group = groups[msgId] else { continue }
            let ordered = group.sorted { FlowItem.precedes(items[$0], items[$1]) }
            var kept: [UInt64: Int] = [:]
            for index in ordered {
                if let original = kept[items[index].message.contentHash] {
                    items[original].resends.append(items[index].file)
                    dropped.insert(index)
                } else {
                    kept[items[index].message.contentHash] = index
                }
            }
            if kept.count > 1, let anchor = ordered.first {
                items[anchor].attached.append(FlowDuplicateMsgId().finding(msgId: msgId, files: ordered.map { items[$0].file }.sorted()))
            }
        }
        let keptIndices = items.indices.filter { !dropped.contains($0) }
        items = keptIndices.map { items[$0] }
        keyOf = keptIndices.map { keyOf[$0] }
        outcome.messages = items.count + outcome.unassigned.count
        outcome.unassigned.sort { $0.file < $1.file }
        // Stays.
        let order = items.indices.sorted { FlowItem.precedes(items[$0], items[$1]) }
        var last = [Int](repeating: -1, count: keys.count)
        for (position, index) in order.enumerated() { last[keyOf[index]] = position }
        var open: [Int: [FlowItem]] = [:]
        var stays: [StayResult] = []
        for (position, index) in order.enumerated() {
            let key = keyOf[index]
            // A new admission (or varsel) opens a new stay only once the open one has a LOG_UTSKREVET (N).
            let ended = open[key]?.contains { $0.type == .utskrevet && $0.status == .new } ?? false
            if FlowClassifier.opensStay(items[index]), ended, let previous = open.removeValue(forKey: key) {
                stays.append(checker.finish(previous, key: keys[key]))
            }
            open[key, default: []].append(items[index])
            if last[key] == position, let done = open.removeValue(forKey: key) { stays.append(checker.finish(done, key: keys[key])) }
        }
        outcome.stays = stays.count
        return result(stays, outcome)
    }
}

/// A small seeded generator (SplitMix64), so every seed is a fixed test case.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension String {
    /// Two digits, zero-padded.
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
}
