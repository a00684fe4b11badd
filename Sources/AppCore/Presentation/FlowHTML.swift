import PLOCalendar
import PLOModel
import PLORules
import XMLCore

/// The HTML teaching page of `plo flow` (written by `HTMLFormat`): one self-contained file (inline CSS and SVG, no
/// scripts, no network) with a swimlane timeline per stay and a legend explaining the order of
/// a discharge.
public enum FlowHTML {
    static let window = WorkingWindow.standard

    /// The page up to the first stay's section: counts, the index of stays and the keys.
    static func pageHead(stays: Int, messages: Int, unassigned: Int, errors: Int, warnings: Int, index: [IndexEntry] = []) -> String {
        var body = "<h1>plo flow — \(plural(stays, "stay"))</h1>\n"
        body +=
            "<p class=\"summary\">\(plural(messages, "message")) · \(unassigned) unassigned · "
            + "<span class=\"error\">\(plural(errors, "error"))</span> · <span class=\"warning\">\(plural(warnings, "warning"))</span></p>\n"
        body += indexList(index)
        body += keys()
        return documentParts(title: "plo flow").head + body
    }

    /// `1 error`, `2 errors`, `0 errors`.
    static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    /// One stay in the page's index.
    struct IndexEntry: Sendable {
        var id: String
        var patient: String
        var errors: Int
        var warnings: Int
        /// "hospital → municipality" by name, when the messages name both or either.
        var parties: String?

        init(_ stay: StayResult) {
            id = stay.id
            patient = stay.key.patient
            parties =
                stay.hospitalName == nil && stay.municipalityName == nil
                ? nil : "\(stay.hospitalName ?? stay.key.hospital) → \(stay.municipalityName ?? stay.key.municipality)"
            errors = stay.findings.filter { $0.severity == .error }.count
            warnings = stay.findings.filter { $0.severity == .warning }.count
        }
    }

    /// How many clean stays the index names (after every stay with findings).
    static let indexedCleanStays = 20

    /// The index: stays with errors, then with warnings (each in report order), then clean stays
    /// (the first ``indexedCleanStays``); each links to its section.
    static func indexList(_ index: [IndexEntry]) -> String {
        guard index.count > 1 else { return "" }
        let ranked = index.enumerated().sorted { a, b in
            let left = (a.element.errors > 0 ? 0 : a.element.warnings > 0 ? 1 : 2, a.offset)
            let right = (b.element.errors > 0 ? 0 : b.element.warnings > 0 ? 1 : 2, b.offset)
            return left < right
        }.map(\.element)
        let withFindings = ranked.filter { $0.errors + $0.warnings > 0 }
        var out = "<nav class=\"index\"><h2>Stays</h2><p class=\"meta\">\(plural(withFindings.count, "stay")) with findings, listed first</p><ol>"
        var clean = 0
        for entry in ranked {
            let findings = entry.errors + entry.warnings > 0
            if !findings {
                clean += 1
                if clean > indexedCleanStays { continue }
            }
            var counts: [String] = []
            if entry.errors > 0 { counts.append("<span class=\"error\">\(plural(entry.errors, "error"))</span>") }
            if entry.warnings > 0 { counts.append("<span class=\"warning\">\(plural(entry.warnings, "warning"))</span>") }
            if counts.isEmpty { counts.append("<span class=\"clean\">✔ clean</span>") }
            let parties = entry.parties.map { " <span class=\"parties\">\(e($0))</span>" } ?? ""
            out += "<li><a href=\"#\(anchor(entry.id))\"><code>\(e(entry.id))</code></a>\(parties) \(counts.joined(separator: " · "))</li>"
        }
        if clean > indexedCleanStays { out += "<li class=\"more\">… and \(plural(clean - indexedCleanStays, "more clean stay"))</li>" }
        return out + "</ol></nav>\n"
    }

    /// "Name (HER id)" when the messages name the organisation, else "HER id" (escaped).
    static func party(_ herId: String, name: String?) -> String {
        guard let name else { return "HER \(e(herId))" }
        return "\(e(name)) (HER \(e(herId)))"
    }

    /// The section anchor of a stay.
    static func anchor(_ id: String) -> String { "stay-" + e(id) }

    /// The page after the last stay's section: the unassigned messages and the legend.
    static func pageTail(unassigned: [UnassignedMessage], stats: FlowStats? = nil) -> String {
        var body = stats?.html() ?? ""
        if !unassigned.isEmpty {
            body += "<section><h2>Unassigned messages</h2><ul>"
            for entry in unassigned {
                body += "<li><code>\(e(entry.file))</code>: \(e(entry.reason))</li>"
            }
            body += "</ul></section>\n"
        }
        body += legend()
        return body + documentParts(title: "plo flow").tail
    }

    /// The `--explain-order` page: the legend and the order of a discharge.
    public static func orderPage() -> String {
        document(title: "PLO: the order of a hospital stay", body: "<h1>The order of a hospital stay in PLO messages</h1>\n" + keys() + legend())
    }

    // MARK: Stay

    static func section(_ stay: StayResult) -> String {
        let timeline = FlowTimeline(stay)
        var out = "<section class=\"stay\" id=\"\(anchor(stay.id))\"><h2>Stay <code>\(e(stay.id))</code></h2>\n"
        out +=
            "<p class=\"meta\">patient \(e(stay.key.patient)) · hospital \(party(stay.key.hospital, name: stay.hospitalName))"
            + " · municipality \(party(stay.key.municipality, name: stay.municipalityName))"
            + " · admitted \(stay.admission?.iso ?? "—") · \(stay.closed ? "closed" : "open")</p>\n"
        out += swimlane(stay, timeline: timeline)
        out += table(stay, timeline: timeline)
        return out + "</section>\n"
    }

    /// Approximate width of a character of the 12 px day labels, for fitting labels into a day.
    static let labelCharWidth = 7.2

    /// The swimlane timeline: days (window, weekend, holiday shaded; labels that fit their day,
    /// holiday names on a second line), hour ticks, deadlines, and one numbered dot per message
    /// with an arrow to the receiver; dots closer than their size move to another row.
    /// The longest stay, in days, whose days are shaded and labelled one by one (about 3 px a day).
    static let mostShadedDays = 400

    static func swimlane(_ stay: StayResult, timeline: FlowTimeline) -> String {
        guard let first = stay.messages.first, let last = stay.messages.last else { return "" }
        let lastTime = ([last.time] + timeline.deadlines.map(\.time)).max() ?? last.time
        let startDay = first.time.date
        let endDay = lastTime.date.adding(days: 1)
        let t0 = Oslo.instant(LocalDateTime(startOf: startDay))
        let t1 = Oslo.instant(LocalDateTime(startOf: endDay))
        let left = 130.0
        let width = 1340.0
        let plot = width - left - 20
        func x(_ t: LocalDateTime) -> Double { left + Double(Oslo.instant(t) - t0) / Double(max(1, t1 - t0)) * plot }
        // Day labels (and holiday names) above the lanes, which start 16 px lower than the labels.
        let top = 16.0
        let laneTop = [FlowSide.hospital: 40.0 + top, .municipality: 150.0 + top]
        let laneHeight = 90.0
        var svg = "<svg class=\"lanes\" viewBox=\"0 0 \(Int(width)) \(Int(290 + top))\" role=\"img\" aria-label=\"timeline of stay \(e(stay.id))\">\n"
        svg +=
            "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#37474f\"/></marker></defs>\n"
        var day = startDay
        var labels = ""
        // Days are drawn one by one only while they are wide enough to see: a stay whose dates
        // span years (a GenDate in year 9020, found by fuzzing) would otherwise loop for
        // millions of days and write hundreds of megabytes.
        let shadedDays = startDay.days(until: endDay) <= Self.mostShadedDays
        while shadedDays && day < endDay {
            let start = x(LocalDateTime(startOf: day))
            let end = x(LocalDateTime(startOf: day.adding(days: 1)))
            let room = end - start - 6
            let holiday = window.calendar.holiday(on: day)
            if let holiday {
                svg += rect(start, 30 + top, end - start, 220, "holiday", title: "\(day.iso) \(holiday.name): closed")
            } else if day.isWeekend {
                svg += rect(start, 30 + top, end - start, 220, "weekend", title: "\(day.iso) weekend: closed")
            } else {
                let open = x(window.opening(on: day))
                let close = x(window.closing(on: day))
                svg += rect(open, 30 + top, close - open, 220, "window", title: "\(day.iso) 08:00–15:00: window open")
            }
            svg += "<line class=\"day\" x1=\"\(f(start))\" y1=\"\(f(22 + top))\" x2=\"\(f(start))\" y2=\"\(f(262 + top))\"/>"
            // Hour ticks at 06, 12 and 18 (labelled where a quarter day has room).
            for hour in [6, 12, 18] {
                guard let time = LocalDateTime(date: day, hour: hour) else { continue }
                let at = x(time)
                svg += "<line class=\"tick\" x1=\"\(f(at))\" y1=\"\(f(240 + top))\" x2=\"\(f(at))\" y2=\"\(f(250 + top))\"/>"
                if room / 4 >= 16 { svg += "<text class=\"hour\" x=\"\(f(at))\" y=\"\(f(259 + top))\">\(hour < 10 ? "0" : "")\(hour)</text>" }
            }
            // The day's label, shortened until it fits its day; the holiday's name below it.
            let long = "\(day.weekday.englishName.prefix(3)) \(day.day).\(day.month)."
            let label = [long, "\(day.day).\(day.month).", "\(day.day)"].first { Double($0.count) * labelCharWidth <= room }
            if let label { labels += "<text class=\"daylabel\" x=\"\(f(start + 4))\" y=\"14\">\(e(label))</text>" }
            if let holiday {
                let name = fitted(holiday.name, room: room)
                if !name.isEmpty {
                    labels +=
                        "<text class=\"holidaylabel\" x=\"\(f(start + 4))\" y=\"\(f(14 + top))\"><title>\(e(holiday.name))</title>\(e(name))</text>"
                }
            }
            labels += "\n"
            day = day.adding(days: 1)
        }
        svg += labels
        for (side, laneY) in laneTop.sorted(by: { $0.value < $1.value }) {
            svg += "<rect class=\"lane\" x=\"\(f(left))\" y=\"\(f(laneY))\" width=\"\(f(plot))\" height=\"\(f(laneHeight))\"/>"
            let name = side == .hospital ? "Hospital" : "Municipality"
            let her = side == .hospital ? stay.key.hospital : stay.key.municipality
            svg +=
                "<text class=\"lanelabel\" x=\"8\" y=\"\(f(laneY + 40))\">\(name)</text><text class=\"lanesub\" x=\"8\" y=\"\(f(laneY + 58))\">HER \(e(her))</text>\n"
        }
        for mark in timeline.deadlines {
            let at = x(mark.time)
            svg +=
                "<line class=\"deadline\" x1=\"\(f(at))\" y1=\"\(f(30 + top))\" x2=\"\(f(at))\" y2=\"\(f(262 + top))\"><title>\(mark.hours) h deadline \(mark.time.iso): \(e(mark.label))</title></line>"
            svg += "<text class=\"deadlinelabel\" x=\"\(f(at + 3))\" y=\"\(f(276 + top))\">\(mark.hours) h</text>\n"
        }
        var number = 0
        // The right edge of the last dot in each of the three rows of a lane.
        let rows = 3
        let spacing = 22.0
        var rowEnd = [
            FlowSide.hospital: Array(repeating: -Double.infinity, count: rows), .municipality: Array(repeating: -Double.infinity, count: rows),
        ]
        for row in timeline.rows {
            guard case .message(let message, let findings) = row else { continue }
            number += 1
            let exact = x(message.time)
            var ends = rowEnd[message.side] ?? Array(repeating: -Double.infinity, count: rows)
            // The first row where the dot fits at its time; else the row that frees first, and
            // the dot moves right just past the one before it.
            let free = ends.firstIndex { exact - $0 >= spacing }
            let level = free ?? ends.indices.min { ends[$0] < ends[$1] } ?? 0
            let at = free != nil ? exact : ends[level] + spacing
            ends[level] = at
            rowEnd[message.side] = ends
            let stagger = Double(level) * spacing
            let fromTop = laneTop[message.side] ?? 40
            let toTop = laneTop[message.side == .hospital ? .municipality : .hospital] ?? 150
            let y1 = fromTop + 22 + stagger
            let y2 = toTop + (message.side == .hospital ? 4 : laneHeight - 4)
            let severity = findings.map(\.severity).max()
            let cls = severity.map { "msg \($0.rawValue)" } ?? "msg"
            let tip =
                "\(number). \(message.time.iso) \(message.type.rawValue) (\(message.status.rawValue)) \(message.fileName)"
                + findings.map { "\n\($0.severity.rawValue) [\($0.rule)] \($0.message)" }.joined()
            svg += "<g class=\"\(cls)\"><title>\(e(tip))</title>"
            if at != exact {
                // Where the message really is in time, under a dot moved aside.
                svg += "<line class=\"moved\" x1=\"\(f(exact))\" y1=\"\(f(y1))\" x2=\"\(f(at))\" y2=\"\(f(y1))\"/>"
            }
            svg += "<line class=\"send\" x1=\"\(f(exact))\" y1=\"\(f(y1))\" x2=\"\(f(exact))\" y2=\"\(f(y2))\" marker-end=\"url(#arrow)\"/>"
            svg += "<circle cx=\"\(f(at))\" cy=\"\(f(y1))\" r=\"10\"/><text class=\"num\" x=\"\(f(at))\" y=\"\(f(y1 + 4))\">\(number)</text>"
            if severity == .error { svg += "<text class=\"flag\" x=\"\(f(at + 8))\" y=\"\(f(y1 - 8))\">!</text>" }
            svg += "</g>\n"
        }
        return svg + "</svg>\n"
    }

    /// `name`, or as much of it as fits `room` pixels with an ellipsis, or nothing.
    static func fitted(_ name: String, room: Double) -> String {
        let fits = Int(room / labelCharWidth)
        if name.count <= fits { return name }
        guard fits >= 4 else { return "" }
        return String(name.prefix(fits - 1)) + "…"
    }

    static func table(_ stay: StayResult, timeline: FlowTimeline) -> String {
        var out = "<table class=\"seq\"><thead><tr><th>#</th><th>time</th><th>hospital</th><th></th><th>municipality</th></tr></thead><tbody>\n"
        var number = 0
        for row in timeline.rows {
            switch row {
            case .deadline(let mark):
                out +=
                    "<tr class=\"deadlinerow\"><td></td><td>\(mark.time.iso)</td><td colspan=\"3\">deadline \(mark.hours) h after \(e(mark.basis)): \(e(mark.label))</td></tr>\n"
            case .message(let message, let findings):
                number += 1
                let role = message.role.map { " <i>(\(e($0)))</i>" } ?? ""
                let receipts = message.receipts.map {
                    "<br><small class=\"apprec\">↳ \(e($0.label)) \($0.time.iso) <code>\(e($0.fileName))</code></small>"
                }.joined()
                let cell =
                    "<b>\(e(message.type.displayName))</b> <code>\(message.type.rawValue)</code> \(message.status.rawValue)\(role)<br><small>\(e(message.fileName))</small>\(receipts)"
                let hospital = message.side == .hospital ? cell : ""
                let municipality = message.side == .municipality ? cell : ""
                let arrow = message.side == .hospital ? "→" : "←"
                out +=
                    "<tr><td class=\"n\">\(number)</td><td>\(message.time.iso)</td><td>\(hospital)</td><td class=\"arrow\">\(arrow)</td><td>\(municipality)</td></tr>\n"
                for finding in findings { out += findingRow(finding) }
            }
        }
        for finding in timeline.unpinned { out += findingRow(finding) }
        if stay.findings.isEmpty { out += "<tr class=\"ok\"><td></td><td colspan=\"4\">✔ no findings: this stay follows the order</td></tr>\n" }
        return out + "</tbody></table>\n"
    }

    static func findingRow(_ finding: Finding) -> String {
        "<tr class=\"finding \(finding.severity.rawValue)\"><td></td><td colspan=\"4\"><b>\(finding.severity.rawValue)</b> <code>\(e(finding.rule))</code> \(e(finding.message))</td></tr>\n"
    }

    // MARK: Legend and order

    /// What the colours and marks mean.
    static func keys() -> String {
        var out = "<div class=\"keys\">"
        out += "<span><i class=\"k window\"></i>08:00–15:00 on a working day: the window for Melding om utskrivningsklar pasient</span>"
        out += "<span><i class=\"k weekend\"></i>weekend</span><span><i class=\"k holiday\"></i>public holiday (named)</span>"
        out += "<span><i class=\"k deadline\"></i>deadline (4 h after Melding om innlagt pasient, 24 h after admission)</span>"
        out += "<span><i class=\"k dot\"></i>message, numbered in time order, arrow from sender to receiver</span>"
        out += "<span><i class=\"k dot error\"></i>error finding (marked !)</span><span><i class=\"k dot warning\"></i>warning</span>"
        out += "<span>info findings: in the table only</span>"
        return out + "</div>\n"
    }

    /// The order of a discharge: who sends what to whom, when, and the rule that checks it.
    static func legend() -> String {
        var out = "<section class=\"legend\"><h2>The order of a hospital stay</h2>\n"
        out += "<p>PLO messages go between the hospital ward and the patient's municipality. Every deadline counts in real hours from "
        out += "<i>Melding om innlagt pasient</i>; the discharge messages follow this order:</p>\n<div class=\"orderbox\">"
        out += sequence() + "<ol class=\"order\">\n"
        for step in DischargeOrder.steps {
            let arrow = step.from == .hospital ? "Hospital → municipality" : "Municipality → hospital"
            out += "<li><b>\(arrow)</b>: \(e(step.type.displayName)) <code>\(step.type.rawValue)</code> — \(e(step.when)).<br>"
            out +=
                "<small>\(e(step.purpose)). Checked by <code>\(step.rule.id)</code> (\(step.rule.severity.rawValue), \(e(step.rule.source))).</small></li>\n"
        }
        return out + "</ol></div></section>\n"
    }

    /// The order as a sequence diagram: two lifelines, one arrow per step.
    static func sequence() -> String {
        let steps = DischargeOrder.steps
        let height = 60 + steps.count * 44
        var svg = "<svg class=\"sequence\" viewBox=\"0 0 900 \(height)\" role=\"img\" aria-label=\"order of a discharge\">\n"
        svg +=
            "<defs><marker id=\"arrow2\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#37474f\"/></marker></defs>\n"
        svg +=
            "<text class=\"lanelabel\" x=\"120\" y=\"24\" text-anchor=\"middle\">Hospital</text><text class=\"lanelabel\" x=\"780\" y=\"24\" text-anchor=\"middle\">Municipality</text>"
        svg +=
            "<line class=\"lifeline\" x1=\"120\" y1=\"34\" x2=\"120\" y2=\"\(height - 10)\"/><line class=\"lifeline\" x1=\"780\" y1=\"34\" x2=\"780\" y2=\"\(height - 10)\"/>\n"
        for (index, step) in steps.enumerated() {
            let y = 62 + index * 44
            let (x1, x2) = step.from == .hospital ? (124, 774) : (776, 126)
            svg += "<line class=\"send\" x1=\"\(x1)\" y1=\"\(y)\" x2=\"\(x2)\" y2=\"\(y)\" marker-end=\"url(#arrow2)\"/>"
            svg +=
                "<text class=\"steplabel\" x=\"450\" y=\"\(y - 6)\" text-anchor=\"middle\">\(index + 1). \(e(step.type.displayName)) (\(step.type.rawValue))</text>"
            svg += "<text class=\"stepwhen\" x=\"450\" y=\"\(y + 14)\" text-anchor=\"middle\">\(e(step.when))</text>\n"
        }
        return svg + "</svg>\n"
    }

    // MARK: Pieces

    static func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, _ cls: String, title: String) -> String {
        "<rect class=\"\(cls)\" x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(max(0, width)))\" height=\"\(f(height))\"><title>\(e(title))</title></rect>"
    }

    static func e(_ text: String) -> String { XMLText.escape(text) }
    static func f(_ value: Double) -> String { String(Double(Int(value * 10)) / 10) }

    /// The document around its body, split where the body goes.
    static func documentParts(title: String) -> (head: String, tail: String) {
        let marker: Character = "\u{0}"
        let parts = document(title: title, body: String(marker)).split(separator: marker, maxSplits: 1, omittingEmptySubsequences: false)
        return (parts.first.map(String.init) ?? "", parts.dropFirst().first.map(String.init) ?? "")
    }

    static func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(title))</title>
        <style>\(css)</style></head>
        <body>
        \(body)
        <footer>Generated by plo flow (PLOKit \(AppInfo.version)). Calendar: Europe/Oslo; window 08:00–15:00 Monday–Friday without Norwegian public holidays; deadlines in real elapsed hours.</footer>
        </body></html>

        """
    }

    static let css = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#263238;margin:24px;background:#fff}
        h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 4px}code{font:12px ui-monospace,monospace;background:#f1f3f4;padding:1px 4px;border-radius:3px}
        .summary,.meta{color:#546e7a;margin:2px 0 10px}.error{color:#c62828}.warning{color:#b26a00}
        .legend{border-top:2px solid #cfd8dc;margin-top:28px}.orderbox{display:flex;flex-wrap:wrap;gap:12px 28px;align-items:flex-start}.orderbox ol{flex:1 1 420px}
        .keys{display:flex;flex-wrap:wrap;gap:6px 22px;margin:10px 0}.keys span{display:flex;align-items:center;gap:6px}
        .k{display:inline-block;width:18px;height:12px;border:1px solid #b0bec5}.k.window{background:#d9f2e1}.k.weekend{background:#eceff1}.k.holiday{background:#fde0e3}
        .k.deadline{border:none;border-left:2px dashed #d84315;width:4px;height:16px}.k.dot{border-radius:50%;width:12px;background:#1e88e5;border-color:#1565c0}
        .k.dot.error{background:#e53935;border-color:#b71c1c}.k.dot.warning{background:#ffb300;border-color:#e65100}
        .order{margin:6px 0 10px 4px}.order li{margin:4px 0}
        svg{display:block;width:100%;height:auto;max-width:1340px}
        svg .window{fill:#d9f2e1}svg .weekend{fill:#eceff1}svg .holiday{fill:#fde0e3}svg .lane{fill:none;stroke:#90a4ae}
        svg .day{stroke:#b0bec5;stroke-width:1}svg .daylabel{font-size:12px;fill:#455a64}svg .holidaylabel{font-size:11px;font-weight:600;fill:#ad1457}
        svg .tick{stroke:#90a4ae;stroke-width:1}svg .hour{font-size:9px;fill:#78909c;text-anchor:middle}svg .moved{stroke:#546e7a;stroke-width:1;stroke-dasharray:2 2}svg .lanelabel{font-size:15px;font-weight:600;fill:#263238}svg .lanesub{font-size:11px;fill:#607d8b}
        svg .deadline{stroke:#d84315;stroke-width:2;stroke-dasharray:6 4}svg .deadlinelabel{font-size:12px;font-weight:600;fill:#d84315}
        svg .send{stroke:#37474f;stroke-width:1.6}svg .msg circle{fill:#1e88e5;stroke:#0d47a1;stroke-width:1.5}
        svg .msg.error circle{fill:#e53935;stroke:#b71c1c}svg .msg.warning circle{fill:#ffb300;stroke:#e65100}svg .msg.warning .num{fill:#3e2723}
        svg .num{font-size:11px;font-weight:700;fill:#fff;text-anchor:middle}svg .flag{font-size:14px;font-weight:800;fill:#b71c1c}
        svg .lifeline{stroke:#90a4ae;stroke-width:2;stroke-dasharray:4 4}svg .steplabel{font-size:13px;font-weight:600;fill:#263238}svg .stepwhen{font-size:12px;fill:#546e7a}
        svg.sequence{flex:0 1 720px;max-width:720px;margin:8px 0}
        table.seq{border-collapse:collapse;width:100%;max-width:1340px;margin-top:10px}table.seq th,table.seq td{border-bottom:1px solid #e0e6ea;padding:4px 8px;text-align:left;vertical-align:top}
        table.seq th{background:#f5f7f8;font-weight:600}td.n{font-weight:700;color:#1565c0}td.arrow{font-size:18px;text-align:center;color:#37474f}
        tr.deadlinerow td{color:#d84315;font-style:italic}tr.finding.error td{background:#fdecea}tr.finding.warning td{background:#fff4e0}tr.finding.info td{background:#f5f7f8;color:#546e7a}
        tr.ok td{color:#2e7d32}.clean{color:#2e7d32}
        nav.index ol{columns:2 520px;margin:4px 0 12px;padding-left:28px}nav.index li{margin:1px 0}nav.index a{text-decoration:none}nav.index li.more{list-style:none;color:#607d8b}nav.index .parties{color:#546e7a}footer{margin-top:32px;color:#78909c;font-size:12px}
        """
}
