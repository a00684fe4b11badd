import PLORules
import XMLCore

/// What `plo rules` and `plo explain` print: the rule catalog as a table, as JSON, and one
/// rule in full.
public enum RulesCatalog {
    /// Every rule, in catalog order.
    public static var rules: [RuleInfo] { RuleRegistry.all }

    /// The rules as a text table: ID, severity, kind, profiles, summary, source.
    ///
    /// - Parameters:
    ///   - rules: the rules to list (default: all).
    ///   - width: the summary column is wrapped to fit this many columns (at least 40
    ///     characters of summary); `nil` writes one line per rule.
    /// - Returns: the table, one line per rule (or per wrapped summary line), with a header.
    public static func table(_ rules: [RuleInfo] = rules, width: Int? = nil) -> String {
        let idWidth = max(2, rules.map(\.id.count).max() ?? 0)
        let severityWidth = 8
        let kindWidth = 7
        let profileWidth = 12
        let fixed = idWidth + severityWidth + kindWidth + profileWidth + 8
        let summaryWidth = width.map { max(40, $0 - fixed - 28) }
        var out = ""
        func row(_ cells: [String], _ summary: String, _ source: String) {
            let head = cells.enumerated().map { index, cell in
                cell.padding([idWidth, severityWidth, kindWidth, profileWidth][index])
            }.joined(separator: "  ")
            let lines = summaryWidth.map { wrap(summary, width: $0) } ?? [summary]
            let columnWidth = summaryWidth ?? summary.count
            for (index, line) in lines.enumerated() {
                if index == 0 {
                    out += head + "  " + (summaryWidth == nil ? line : line.padding(columnWidth)) + "  " + source
                } else {
                    out += String(repeating: " ", count: head.count + 2) + line
                }
                out = out.trimmingTrailingSpaces + "\n"
            }
        }
        row(["ID", "SEVERITY", "KIND", "PROFILES"], "SUMMARY", "SOURCE")
        for rule in rules {
            row([rule.id, rule.severity.rawValue, rule.kind.rawValue, profiles(rule)], rule.summary, rule.source)
        }
        return out
    }

    /// The rules as JSON: `{"tool", "version", "rules": [{id, severity, kind, profiles, summary, source, …}]}`.
    public static func json(_ rules: [RuleInfo] = rules) -> String {
        let value = JSONValue.object([
            ("tool", .string(AppInfo.tool)),
            ("version", .string(AppInfo.version)),
            ("rules", .array(rules.map(json))),
        ])
        return value.serialized(pretty: true) + "\n"
    }

    /// One rule as a JSON object.
    public static func json(_ rule: RuleInfo) -> JSONValue {
        .object([
            ("id", .string(rule.id)),
            ("severity", .string(rule.severity.rawValue)),
            ("kind", .string(rule.kind.rawValue)),
            ("profiles", .array(rule.profiles.map { .string($0.rawValue) })),
            ("summary", .string(rule.summary)),
            ("source", .string(rule.source)),
            ("explanation", .string(rule.explanation)),
            ("passingExample", .string(rule.passingExample)),
            ("failingExample", .string(rule.failingExample)),
        ])
    }

    /// Everything about one rule, for `plo explain`.
    public static func explain(_ rule: RuleInfo) -> String {
        var out = "\(rule.id)  (\(rule.severity.rawValue), \(rule.kind.rawValue) rule; profiles: \(profiles(rule)))\n"
        out += "\(rule.summary)\n"
        out += "Source: \(rule.source)\n\n"
        out += wrap(rule.explanation, width: 96).joined(separator: "\n") + "\n\n"
        out += "Passes:\n" + indent(rule.passingExample) + "\n\n"
        out += "Fails:\n" + indent(rule.failingExample) + "\n"
        return out
    }

    /// The rule with this ID (case-insensitive; surrounding spaces, e.g. from a copied table
    /// cell, are ignored).
    public static func rule(_ id: String) -> RuleInfo? { RuleRegistry.rule(id.trimmingSpaces) }

    /// Rule IDs close to `query`: the same words in another order or with a typo, a prefix, or a
    /// part of the ID — best first, at most `limit`.
    ///
    /// A query without letters or digits (empty, `-`) matches nothing. A family — `APPREC-*`, as
    /// `rules.md` writes it, or a bare family name such as `FLOW` — matches its members in catalog
    /// order.
    public static func closeMatches(to query: String, limit: Int = 3) -> [String] {
        let wanted = query.trimmingSpaces.uppercased()
        guard wanted.contains(where: { $0.isLetter || $0.isNumber }) else { return [] }
        if let family = family(wanted) {
            return rules.map(\.id).filter { $0.hasPrefix(family) }.prefix(limit).map { $0 }
        }
        var scored: [(score: Int, id: String)] = []
        for rule in rules {
            let id = rule.id
            var score = editDistance(wanted, id)
            if id.hasPrefix(wanted) || id.contains(wanted) { score = min(score, max(1, (id.count - wanted.count) / 4)) }
            if wanted.contains(id) { score = min(score, 1) }
            // Shared words after the family prefix (PLO, APPREC, FLOW, XML), e.g. EVENT or STATUS.
            let words = Set(wanted.split(separator: "-").dropFirst())
            let idWords = id.split(separator: "-").dropFirst()
            let shared = Set(idWords).intersection(words).count
            if shared > 0 { score = min(score, max(1, idWords.count - shared + 1)) }
            let allowed = max(2, min(id.count, wanted.count) / 3)
            if score <= allowed { scored.append((score, id)) }
        }
        return scored.sorted { ($0.score, $0.id) < ($1.score, $1.id) }.prefix(limit).map(\.id)
    }

    /// The one-line reason `plo explain` gives for an unknown rule, with close matches or, for a
    /// family such as `APPREC-*`, its members. Control characters in `query` are shown as `?`, so
    /// the reason stays one line.
    public static func unknownRuleReason(_ query: String) -> String {
        let shown = String(query.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : Character($0) })
        let close = closeMatches(to: query)
        if close.isEmpty { return "no rule '\(shown)'; 'plo rules' lists them all" }
        if family(query.trimmingSpaces.uppercased()) != nil {
            let family = closeMatches(to: query, limit: .max)
            let more = family.count > close.count ? ", … (\(family.count) in all; 'plo rules' lists them)" : ""
            return "no rule '\(shown)'; 'plo explain' takes one rule ID: \(close.joined(separator: ", "))\(more)"
        }
        return "no rule '\(shown)'; did you mean \(close.joined(separator: ", "))?"
    }

    /// The ID prefix `query` (upper-case) names as a family — `APPREC-` for `APPREC-*` or
    /// `APPREC` — or `nil` when it names no family.
    private static func family(_ query: String) -> String? {
        var prefix = String(query.drop { $0 == "*" }.reversed().drop { $0 == "*" }.reversed())
        if !query.hasSuffix("*") {
            guard !prefix.contains("-") else { return nil }
            prefix += "-"
        }
        return rules.contains { $0.id.hasPrefix(prefix) } ? prefix : nil
    }

    static func profiles(_ rule: RuleInfo, separator: String = ",") -> String {
        rule.profiles.map(\.rawValue).joined(separator: separator)
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }

    /// Splits `text` into lines of at most `width` characters at spaces.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = ""
                }
                line += line.isEmpty ? String(word) : " " + word
            }
            lines.append(line)
        }
        return lines
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let left = Array(a)
        let right = Array(b)
        if left.isEmpty { return right.count }
        var previous = Array(0...right.count)
        var current = previous
        for i in 1...left.count {
            current[0] = i
            for j in stride(from: 1, through: right.count, by: 1) {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[right.count]
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// Without leading and trailing whitespace (spaces, tabs, newlines).
    fileprivate var trimmingSpaces: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    fileprivate var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
