import PLOCalendar
import PLOModel

/// Generates stays directly as ``FlowMessage`` values (no XML), for benchmarks and tests.
public enum SyntheticStays {
    /// Messages of `count` stays: 7 per stay (innlagt, innleggelsesrapport, helseopplysninger,
    /// updated helseopplysninger, utskrivningsklar, utskrivningsrapport, utskrevet), admissions
    /// spread over time and over 5 hospitals and 300 municipalities; every 10th stay has a late
    /// Innleggelsesrapport (one FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H finding).
    public static func messages(stays count: Int) -> [FlowMessage] {
        var messages: [FlowMessage] = []
        messages.reserveCapacity(count * 7)
        guard let start = LocalDateTime(year: 2026, month: 1, day: 5, hour: 0, minute: 0) else { return [] }
        for stay in 0..<count {
            let admission = Deadline.adding(seconds: Int64(stay) * 97, to: start)
            let patient = String(10_000_000_000 + stay)
            let hospital = String(8_100_000 + stay % 5)
            let municipality = String(8_200_000 + stay % 300)
            let steps: [(MessageType, Int64, Bool)] = [
                (.innlagt, 0, true), (.innleggelsesrapport, stay % 10 == 0 ? 5 * 3600 : 2 * 3600, false),
                (.helseopplysninger, 5 * 3600, true), (.helseopplysninger, 50 * 3600, true),
                (.utskrivningsklar, 51 * 3600, true), (.utskrivningsrapport, 72 * 3600, true), (.utskrevet, 72 * 3600 + 600, true),
            ]
            for (number, (type, offset, fromHospital)) in steps.enumerated() {
                let time = Deadline.adding(seconds: offset, to: admission)
                messages.append(
                    FlowMessage(
                        file: "s\(stay)/m\(number).xml", typeCode: type.rawValue, statusCode: "N",
                        msgId: "\(stay)-\(number)", genDate: time.iso,
                        senderHerId: fromHospital ? hospital : municipality, receiverHerId: fromHospital ? municipality : hospital,
                        patientId: patient, contentHash: UInt64(stay * 8 + number)))
            }
        }
        return messages
    }
}
