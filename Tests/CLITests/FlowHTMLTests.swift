import Foundation
import TestSupport
import Testing

/// The HTML teaching page drawn right: labels that never run into the next day, dots that never
/// cover each other, a red mark only for errors, hour ticks, plural forms, an index of stays with
/// findings first. Checked on the Easter week (four holidays in a row, busy days).
@Suite(.serialized) struct FlowHTMLTests {
    /// A generous width of one character of the day and holiday labels (12 px / 11 px bold).
    private static let charWidth = 7.2

    private static func easterPage() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plo-easter-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let simulated = try CLI.run(["simulate", "--scenario", "Fixtures/scenarios/easter-week.yaml", "--seed", "1", "--out", folder.path])
        #expect(simulated.exitCode == 0, "\(simulated.stderr)")
        let page = try CLI.run(["flow", "--format", "html", folder.appendingPathComponent("messages").path])
        #expect(page.exitCode <= 1, "\(page.stderr)")
        return page.stdout
    }

    /// Every match of `pattern` in `text`, as the captured groups.
    private static func matches(_ pattern: String, in text: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { match in
            (1..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
        }
    }

    private static func svgs(_ page: String) -> [String] {
        page.components(separatedBy: "<svg class=\"lanes\"").dropFirst().map { $0.components(separatedBy: "</svg>")[0] }
    }

    @Test func labelsStayInsideTheirDayAndDotsNeverOverlap() throws {
        let page = try Self.easterPage()
        let svgs = Self.svgs(page)
        #expect(svgs.count >= 50)
        var holidayNames = 0
        for svg in svgs {
            let dayLines = Self.matches(#"<line class="day" x1="([0-9.]+)""#, in: svg).compactMap { Double($0[0]) }.sorted()
            let rightEdge =
                Self.matches(#"<rect class="lane" x="([0-9.]+)" y="[0-9.]+" width="([0-9.]+)""#, in: svg).first.flatMap { groups in
                    Double(groups[0]).flatMap { x in Double(groups[1]).map { x + $0 } }
                } ?? 1320
            let labels = Self.matches(
                #"<text class="(daylabel|holidaylabel)" x="([0-9.]+)" y="[0-9.]+">(?:<title>[^<]*</title>)?([^<]*)</text>"#, in: svg)
            #expect(!labels.isEmpty)
            for label in labels {
                guard let x = Double(label[1]) else { continue }
                if label[0] == "holidaylabel" { holidayNames += 1 }
                let end = x + Double(label[2].count) * Self.charWidth
                let next = dayLines.first { $0 > x } ?? rightEdge
                #expect(end <= next + 0.5, "label '\(label[2])' at \(x) runs to \(end), past the next day at \(next)")
            }
            // Dots (radius 10) in the same row are at least a diameter apart.
            var rows: [String: [Double]] = [:]
            for circle in Self.matches(#"<circle cx="([0-9.]+)" cy="([0-9.]+)" r="10"/>"#, in: svg) {
                if let x = Double(circle[0]) { rows[circle[1], default: []].append(x) }
            }
            for (row, xs) in rows {
                let sorted = xs.sorted()
                for (a, b) in zip(sorted, sorted.dropFirst()) {
                    #expect(b - a >= 20, "dots at \(a) and \(b) in row \(row) overlap")
                }
            }
            // Hour ticks: 06, 12 and 18 of every day drawn.
            #expect(svg.components(separatedBy: "class=\"tick\"").count - 1 == 3 * dayLines.count)
        }
        #expect(holidayNames >= 4, "the Easter holidays are named")
        #expect(page.contains(">Skjærtorsdag<") || page.contains("Skjærtorsdag</title>"))
    }

    @Test func onlyErrorsGetTheRedMark() throws {
        let page = try Self.easterPage()
        let groups = Self.matches(#"(?s)<g class="(msg[a-z ]*)">(.*?)</g>"#, in: page)
        #expect(!groups.isEmpty)
        var flagged = 0
        for group in groups where group[1].contains("class=\"flag\"") {
            flagged += 1
            #expect(group[0] == "msg error", "a red mark on a \(group[0])")
        }
        #expect(flagged == groups.filter { $0[0] == "msg error" }.count)
        #expect(groups.contains { $0[0] == "msg warning" })
        // Info findings (synthetic fødselsnumre everywhere) mark no dot.
        #expect(!groups.contains { $0[0] == "msg info" && $0[1].contains("flag") })
    }

    @Test func indexListsStaysWithFindingsFirst() throws {
        let page = try Self.easterPage()
        let index = try #require(page.components(separatedBy: "<nav class=\"index\">").dropFirst().first?.components(separatedBy: "</nav>").first)
        let entries = Self.matches(##"<li><a href="#(stay-[^"]+)">.*?</li>"##, in: index)
        let items = index.components(separatedBy: "<li><a ").dropFirst()
        #expect(items.count >= 21)
        let ranks = items.map { $0.contains("class=\"error\"") ? 0 : $0.contains("class=\"warning\"") ? 1 : 2 }
        #expect(ranks == ranks.sorted(), "errors, then warnings, then clean stays")
        #expect(ranks.first == 0)
        for entry in entries { #expect(page.contains("<section class=\"stay\" id=\"\(entry[0])\">")) }
    }

    @Test func pluralFormsAreRight() throws {
        let one = try CLI.run(["flow", "--format", "html", "Fixtures/flows/late-innleggelsesrapport"])
        #expect(one.stdout.contains("<h1>plo flow — 1 stay</h1>"))
        #expect(one.stdout.contains(">1 error<"))
        #expect(one.stdout.contains(">0 warnings<"))
        #expect(!one.stdout.contains("1 errors") && !one.stdout.contains("1 stays"))
        let two = try CLI.run(["flow", "--format", "html", "Fixtures/flows/late-innleggelsesrapport", "Fixtures/flows/late-supplement"])
        #expect(two.stdout.contains("<h1>plo flow — 2 stays</h1>"))
        #expect(two.stdout.contains(">1 warning<"))
    }

    @Test func explainOrderHonoursTheFormat() throws {
        let json = try CLI.run(["flow", "--explain-order", "--format", "json"])
        #expect(json.exitCode == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let steps = try #require(object["steps"] as? [[String: Any]])
        #expect(steps.first?["type"] as? String == "LOG_INNLAGT")
        #expect(steps.first?["from"] as? String == "hospital")
        #expect(steps.contains { $0["type"] as? String == "LOG_UTSKRIVNINGSKLAR" })
        let html = try CLI.run(["flow", "--explain-order", "--format", "html"])
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        let sarif = try CLI.run(["flow", "--explain-order", "--format", "sarif"])
        #expect(sarif.exitCode == 2)
        #expect(sarif.stderr.contains("--explain-order writes text, json or html"))
    }
}
