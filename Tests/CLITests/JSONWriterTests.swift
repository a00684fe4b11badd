import AppCore
import Foundation
import Testing
import XMLCore

@Suite struct JSONWriterTests {
    /// The serializer as it was written before it worked on bytes: one Unicode scalar at a time
    /// into a String.
    private static func reference(_ value: JSONValue, pretty: Bool, indent: Int = 0) -> String {
        func newline(_ indent: Int) -> String { "\n" + String(repeating: "  ", count: indent) }
        func string(_ value: String) -> String {
            var out = "\""
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            return out + "\""
        }
        switch value {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .string(let value): return string(value)
        case .array(let items):
            if items.isEmpty { return "[]" }
            var out = "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                if pretty { out += newline(indent + 1) }
                out += reference(item, pretty: pretty, indent: indent + 1)
            }
            if pretty { out += newline(indent) }
            return out + "]"
        case .object(let fields):
            if fields.isEmpty { return "{}" }
            var out = "{"
            for (index, (key, item)) in fields.enumerated() {
                if index > 0 { out += "," }
                if pretty { out += newline(indent + 1) }
                out += string(key) + (pretty ? ": " : ":") + reference(item, pretty: pretty, indent: indent + 1)
            }
            if pretty { out += newline(indent) }
            return out + "}"
        }
    }

    @Test func escapesOnlyQuotesBackslashAndControls() {
        let value = JSONValue.string("q\"b\\s/\n\r\t\u{0}\u{8}\u{C}\u{1F} \u{7F}ø😀\u{2028}")
        let expected = "\"q\\\"b\\\\s/\\n\\r\\t\\u0000\\u0008\\u000c\\u001f \u{7F}ø😀\u{2028}\""
        #expect(value.serialized() == expected)
        // Non-ASCII is written as UTF-8, unescaped.
        let bytes = value.serializedBytes()
        #expect(bytes.suffix(11) == [0x7F, 0xC3, 0xB8, 0xF0, 0x9F, 0x98, 0x80, 0xE2, 0x80, 0xA8, UInt8(ascii: "\"")])
        #expect(!value.serialized().contains("\\u00f8"))
    }

    @Test func keysAreEscapedToo() {
        let value = JSONValue.object([("a\"b", .int(1)), ("ø\n", .null)])
        #expect(value.serialized() == "{\"a\\\"b\":1,\"ø\\n\":null}")
    }

    @Test func prettyLayoutIsTwoSpaceIndent() {
        let value = JSONValue.object([
            ("tool", .string("plo")), ("empty", .array([])), ("none", .object([])),
            ("list", .array([.int(1), .object([("k", .bool(true))]), .array([.null])])),
        ])
        let expected = """
            {
              "tool": "plo",
              "empty": [],
              "none": {},
              "list": [
                1,
                {
                  "k": true
                },
                [
                  null
                ]
              ]
            }
            """
        #expect(value.serialized(pretty: true) == expected)
        #expect(value.serialized() == "{\"tool\":\"plo\",\"empty\":[],\"none\":{},\"list\":[1,{\"k\":true},[null]]}")
    }

    @Test(arguments: [0, 7, -7, 10, 1_234_567_890, Int.max, Int.min])
    func integers(value: Int) {
        #expect(JSONValue.int(value).serialized() == String(value))
    }

    @Test func matchesTheScalarSerializerOnRandomValues() throws {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let pieces = ["a", "Ø", "\"", "\\", "\n", "\u{1}", "\u{1F}", " ", "😀", "/", "\u{7F}", "xpath /MsgHead[1]"]
        func randomValue(depth: Int) -> JSONValue {
            switch next(depth > 3 ? 4 : 6) {
            case 0: return .null
            case 1: return .bool(next(2) == 0)
            case 2: return .int(next(2_000_000) - 1_000_000)
            case 3: return .string((0..<next(8)).map { _ in pieces[next(pieces.count)] }.joined())
            case 4: return .array((0..<next(4)).map { _ in randomValue(depth: depth + 1) })
            default: return .object((0..<next(4)).map { _ in (pieces[next(pieces.count)], randomValue(depth: depth + 1)) })
            }
        }
        for _ in 0..<500 {
            let value = randomValue(depth: 0)
            for pretty in [false, true] {
                let text = value.serialized(pretty: pretty)
                try #require(text == Self.reference(value, pretty: pretty))
                _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            }
        }
    }

    @Test func splicedElementsLayOutAsOneArray() {
        let items: [JSONValue] = [.object([("a", .int(1))]), .string("x\"y"), .array([.int(2)])]
        for count in 0...items.count {
            let tree = JSONValue.object([("head", .bool(true)), ("results", .array(Array(items.prefix(count)))), ("tail", .null)])
            var elements = JSONWriter(pretty: true, elementsOfArrayAtDepth: 2)
            for item in items.prefix(count) { item.write(to: &elements) }
            var writer = JSONWriter(pretty: true)
            writer.beginObject()
            writer.key("head")
            writer.bool(true)
            writer.key("results")
            writer.beginArray()
            writer.spliceElements(of: elements, copying: false)
            var bytes = writer.takeBytes() + elements.bytes
            writer.endArray()
            writer.key("tail")
            writer.null()
            writer.endObject()
            bytes += writer.bytes
            #expect(String(decoding: bytes, as: UTF8.self) == tree.serialized(pretty: true), "\(count) elements")
        }
    }
}
