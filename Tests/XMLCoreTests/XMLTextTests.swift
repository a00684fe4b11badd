import TestSupport
import Testing
import XMLCore

@Suite struct XMLTextTests {
    private static func reference(_ value: String) -> String { ReferenceEscaping.xml(value) }

    @Test(arguments: [
        ("plain text", "plain text"),
        ("", ""),
        ("a&b<c>d\"e'f", "a&amp;b&lt;c&gt;d&quot;e&apos;f"),
        ("&&", "&amp;&amp;"),
        ("<", "&lt;"),
        ("tab\there\nLF\rCR", "tab\there\nLF\rCR"),
        ("\u{0}x\u{1}\u{8}\u{B}\u{C}\u{1F}", "\u{FFFD}x\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),
        ("bad\u{FFFE}\u{FFFF}end", "bad\u{FFFD}\u{FFFD}end"),
        ("fine\u{FFFD}\u{FFFC}\u{F000}\u{E000}\u{7F}", "fine\u{FFFD}\u{FFFC}\u{F000}\u{E000}\u{7F}"),
        ("Sykehjem Ørsta – «ø» 😀 <b>", "Sykehjem Ørsta – «ø» 😀 &lt;b&gt;"),
        ("😀&", "😀&amp;"),
    ])
    func escapes(input: String, expected: String) {
        #expect(XMLText.escape(input) == expected)
        var bytes: [UInt8] = Array("prefix:".utf8)
        XMLText.append(input, to: &bytes)
        #expect(bytes == Array("prefix:".utf8) + Array(expected.utf8))
    }

    @Test func matchesTheScalarEscaperOnRandomText() {
        // Runs of letters, markup characters, controls, Norwegian letters, U+FFFx and emoji.
        let pieces: [String] = [
            "a", "Z", " ", "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "ø", "Å",
            "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{FFFC}", "\u{EFFF}", "\u{F8FF}", "😀", "👩‍⚕️", "plain words ",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 59) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            let escaped = XMLText.escape(text)
            if escaped != Self.reference(text) {
                Issue.record("\(Array(text.utf8)) → \(Array(escaped.utf8)), expected \(Array(Self.reference(text).utf8))")
                return
            }
        }
    }
}
