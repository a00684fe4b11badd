import Foundation

/// Reads what it can of a message that could not be parsed (not well-formed, or refused by the
/// safety limits), so that a T01 AppRec can still reach its sender, as HIS 80415 asks "so far
/// as it is technically possible".
///
/// A plain text scan of the first 256 KiB: `<MsgId>`, `<GenDate>`, `<Type V="…"` and, inside
/// `<Sender>` and `<Receiver>`, the first two `<Id>` values (organisation, sub-unit).
/// Nothing found here is trusted beyond addressing the receipt.
enum SalvageScan {
    static let window = 256 * 1024

    static func facts(_ bytes: [UInt8]) -> ReceivedFacts? {
        let text = String(decoding: bytes.prefix(window), as: UTF8.self)
        guard let msgId = value(of: "MsgId", in: Substring(text)) else { return nil }
        var facts = ReceivedFacts()
        facts.msgId = msgId
        facts.genDate = value(of: "GenDate", in: Substring(text))
        facts.type = attribute("V", of: "Type", in: Substring(text))
        if let sender = section("Sender", in: Substring(text)) { facts.sender = party(sender) }
        if let receiver = section("Receiver", in: Substring(text)) { facts.receiver = party(receiver) }
        guard facts.sender.her != nil else { return nil }
        return facts
    }

    private static func party(_ text: Substring) -> PartyFacts {
        let ids = values(of: "Id", in: text, limit: 2)
        let names = values(of: "OrganisationName", in: text, limit: 2)
        return PartyFacts(
            name: names.first, her: ids.first.flatMap(digits), unitName: names.count > 1 ? names[1] : nil,
            unitHer: ids.count > 1 ? digits(ids[1]) : nil)
    }

    private static func digits(_ text: String) -> String? {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } ? text : nil
    }

    /// The text between `<name>` (any prefix, no attributes) and the next `<`.
    static func value(of name: String, in text: Substring) -> String? {
        values(of: name, in: text, limit: 1).first
    }

    private static func values(of name: String, in text: Substring, limit: Int) -> [String] {
        var found: [String] = []
        var rest = text
        while found.count < limit, let open = rest.range(of: name + ">") {
            let before = rest[..<open.lowerBound]
            let isStart = before.last == "<" || (before.last == ":" && before.dropLast().last.map { $0.isLetter || $0.isNumber } == true)
            rest = rest[open.upperBound...]
            guard isStart, !(before.last == "/") else { continue }
            let end = rest.firstIndex(of: "<") ?? rest.endIndex
            let value = rest[..<end].trimmingSpaces()
            if !value.isEmpty && value.count <= 200 { found.append(value) }
        }
        return found
    }

    private static func attribute(_ attribute: String, of element: String, in text: Substring) -> String? {
        guard let open = text.range(of: "<" + element + " ") else { return nil }
        let tail = text[open.upperBound...].prefix(400)
        guard let key = tail.range(of: attribute + "=\"") else { return nil }
        let value = tail[key.upperBound...].prefix { $0 != "\"" }
        return value.isEmpty ? nil : String(value)
    }

    private static func section(_ name: String, in text: Substring) -> Substring? {
        guard let open = text.range(of: "<" + name + ">") else { return nil }
        let rest = text[open.upperBound...]
        let end = rest.range(of: "</" + name + ">")?.lowerBound ?? rest.endIndex
        return rest[..<end]
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}

extension SalvageScan {
    /// The first `<GenDate>` of a document, read as text (to order inbox files before parsing).
    static func genDate(_ bytes: [UInt8]) -> String? {
        value(of: "GenDate", in: Substring(String(decoding: bytes.prefix(16 * 1024), as: UTF8.self)))
    }
}

extension Exchange {
    /// A file name for a document that came without one (HTTP): `<GenDate>-<TYPE>-<MsgId>.xml`
    /// as far as a text scan can tell, else `received-<seconds>-<bytes>.xml`.
    public func suggestedName(for bytes: [UInt8]) -> String {
        let text = Substring(String(decoding: bytes.prefix(16 * 1024), as: UTF8.self))
        let msgId = SalvageScan.value(of: "MsgId", in: text) ?? SalvageScan.value(of: "Id", in: text)
        let safe: (String) -> Bool = {
            $0.utf8.allSatisfy { b in (b >= 0x30 && b <= 0x3A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F }
        }
        if let msgId, safe(msgId), let date = SalvageScan.value(of: "GenDate", in: text), safe(date) {
            let type = SalvageScan.typeCode(in: text).flatMap { safe($0) ? $0 : nil } ?? "MESSAGE"
            return "\(date)-\(type)-\(msgId).xml"
        }
        return "received-\(now)-\(bytes.count).xml"
    }
}

extension SalvageScan {
    /// `MsgInfo/Type/@V`, or `APPREC` for an AppRec.
    static func typeCode(in text: Substring) -> String? {
        if text.contains("<AppRec") { return "APPREC" }
        guard let open = text.range(of: "<Type ") else { return nil }
        let tail = text[open.upperBound...].prefix(400)
        guard let key = tail.range(of: "V=\"") else { return nil }
        return String(tail[key.upperBound...].prefix { $0 != "\"" })
    }
}
