import PLOModel
import XMLCore

/// PLO-MSGID-UUID: `MsgInfo/MsgId` (for a standalone AppRec, its `Id`) is a UUID.
///
/// HIS 80415 3.3.2: a receiver "SKAL" return a negative AppRec (E10 Ugyldig meldingsidentifikator)
/// when MsgId is not a valid UUID/GUID, so such a message is rejected.
public struct MsgIdUUID: MessageRule {
    public static let info = RuleInfo(
        id: "PLO-MSGID-UUID", severity: .error, kind: .message,
        summary: "MsgInfo/MsgId (AppRec: Id) is a UUID; receivers must reject anything else (AppRec E10).",
        source: "HIS 80415 3.3.2, 4.3.1",
        explanation: """
            The message identifier must be a UUID/GUID: 32 hexadecimal digits in groups 8-4-4-4-12, \
            e.g. 3f2c9a10-5b7e-4d21-9c3a-0e8f6b1d2a47 (braces and upper case are tolerated). HIS 80415 \
            requires receivers to reject a message whose MsgId is not a valid UUID with a negative \
            application receipt, error E10.
            """,
        passingExample: "<MsgId>3f2c9a10-5b7e-4d21-9c3a-0e8f6b1d2a47</MsgId>",
        failingExample: "<MsgId>INNLAGT-2026-0042</MsgId>")

    public init() {}

    public func check(_ message: PLOMessage, in context: RuleContext) -> [Finding] {
        let located: Located<String>?
        if let envelope = message.envelope {
            guard message.standard == .plo16 || message.standard == .appRec11 else { return [] }
            located = envelope.msgId
        } else {
            located = context.facts(message).appRec?.id
        }
        guard let located else { return [] }
        if !Self.isUUID(located.value) {
            return [
                finding(
                    "message id \"\(located.value)\" is not a UUID (8-4-4-4-12 hexadecimal digits); receivers reject it (AppRec E10)",
                    at: located.node)
            ]
        }
        return []
    }

    /// Whether `text` is a UUID: 8-4-4-4-12 hexadecimal digits (either case), in braces too
    /// when `braces` (read in place, no copy). The one UUID check: `plo serve`'s AppRec uses it
    /// without braces.
    public static func isUUID(_ text: String, braces: Bool = true) -> Bool {
        if let fast = text.utf8.withContiguousStorageIfAvailable({ isUUID($0, braces: braces) }) { return fast }
        return Array(text.utf8).withUnsafeBufferPointer { isUUID($0, braces: braces) }
    }

    private static func isUUID(_ whole: UnsafeBufferPointer<UInt8>, braces: Bool) -> Bool {
        var bytes = whole[...]
        if braces, bytes.first == UInt8(ascii: "{"), bytes.last == UInt8(ascii: "}"), bytes.count >= 2 { bytes = bytes.dropFirst().dropLast() }
        guard bytes.count == 36 else { return false }
        let start = bytes.startIndex
        for index in 0..<36 {
            let byte = bytes[start + index]
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                let isHex = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
                guard isHex else { return false }
            }
        }
        return true
    }
}
