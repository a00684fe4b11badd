import PLOCalendar
import PLOModel
import PLORules
import XMLCore

extension TextFormat {
    static let laneWidth = 64

    /// "Name (HER-id)" when the messages name the organisation, else the HER-id alone.
    static func party(_ herId: String, name: String?) -> String {
        guard let name else { return herId }
        return "\(name) (\(herId))"
    }

    /// A stay as a timeline: hospital | municipality, one line per message, its AppRecs under it,
    /// deadlines and findings inline.
    static func append(_ stay: StayResult, style: TextStyle, to body: inout [UInt8]) {
        body.append(contentsOf: text(stay, style: style).utf8)
    }

    private static func text(_ stay: StayResult, style: TextStyle) -> String {
        var out = style.bold("Stay \(stay.id)") + "\n"
        out += style.dim("  patient \(stay.key.patient) · admitted \(stay.admission?.iso ?? "—") · \(stay.closed ? "closed" : "open")") + "\n"
        let hospital = "hospital " + Self.party(stay.key.hospital, name: stay.hospitalName)
        let municipality = "municipality " + Self.party(stay.key.municipality, name: stay.municipalityName)
        let gap = max(3, laneWidth - hospital.count - municipality.count)
        out += "  " + pad("time", 25) + style.bold(hospital) + String(repeating: " ", count: gap) + style.bold(municipality) + "\n"
        let timeline = FlowTimeline(stay)
        for row in timeline.rows {
            switch row {
            case .message(let message, let findings):
                let label = "\(message.type.rawValue) \(message.status.rawValue)" + (message.role.map { " (\($0))" } ?? "")
                let arrowLength = max(3, laneWidth - label.count - 2)
                let lane: String
                if message.side == .hospital {
                    lane = label + " " + String(repeating: "─", count: arrowLength - 1) + "→ "
                } else {
                    lane = " ←" + String(repeating: "─", count: arrowLength - 1) + " " + label
                }
                var line = "  " + pad(clock(message.time), 25) + lane + "  " + style.dim(message.fileName)
                if !message.resends.isEmpty { line += style.dim(" (+\(message.resends.count) identical resend)") }
                out += line + "\n"
                // The receiver's AppRecs, under the message they acknowledge.
                for receipt in message.receipts {
                    let text = "↳ \(receipt.label) from \(receipt.senderHerId) at \(clock(receipt.time))"
                    out +=
                        "  " + pad("", 25) + (receipt.isRejection ? style.severity(.error, "✖ " + text) : style.dim(text)) + "  "
                        + style.dim(receipt.fileName) + "\n"
                }
                for finding in findings { out += findingLine(finding, style: style) }
            case .deadline(let mark):
                let label = " \(mark.hours) h deadline: \(mark.label) "
                let side = max(2, (laneWidth - label.count) / 2)
                let rule = String(repeating: "┄", count: side)
                out += "  " + pad(clock(mark.time), 25) + style.dim(rule + label + rule) + "\n"
            }
        }
        for finding in timeline.unpinned { out += findingLine(finding, style: style) }
        if stay.findings.isEmpty {
            out += "  " + style.green("✔ no findings") + "\n"
        } else if !stay.findings.contains(where: { style.shows($0.severity) }) {
            let warnings = stay.findings.filter { $0.severity == .warning }.count
            let note = style.hiddenCount(warnings: warnings, infos: stay.findings.count - warnings) ?? ""
            let clean = style.shows(.warning) ? "✔ no errors or warnings" : "✔ no errors"
            out += "  " + style.green(clean) + style.dim(" (\(note))") + "\n"
        }
        return out
    }

    /// The finding's line, indented under its message; nothing when the style hides its severity.
    static func findingLine(_ finding: Finding, style: TextStyle) -> String {
        guard style.shows(finding.severity) else { return "" }
        let mark: String
        switch finding.severity {
        case .error: mark = "✖"
        case .warning: mark = "▲"
        case .info: mark = "ℹ"
        }
        var line = "      \(style.severity(finding.severity, mark + " " + finding.severity.rawValue)) [\(finding.rule)] \(finding.message)"
        if finding.files.count > 1 || finding.line != nil {
            let names = finding.files.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
            line += style.dim("  (\(names.joined(separator: ", "))\(finding.line.map { ":\($0)" } ?? ""))")
        }
        return line + "\n"
    }

    /// `Mon 2026-03-02 09:40:00`.
    static func clock(_ t: LocalDateTime) -> String {
        "\(t.date.weekday.englishName.prefix(3)) \(t.date.iso) \(String(t.iso.dropFirst(11)))"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
