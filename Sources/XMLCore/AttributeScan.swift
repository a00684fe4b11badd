/// The attribute count of ``InputPrescan``: finds the first start tag with more attributes than
/// allowed, in one linear pass over the code units.
///
/// Counts `=` signs outside quoted values in each start tag: every attribute needs one. Text is
/// skipped to the next `<` in one search; comments (`<!-- … -->`), processing instructions
/// (`<? … ?>`), CDATA sections (`<![ … ]]>`) and end tags to their end. A `<` inside a start tag
/// or a quoted value (not well-formed) ends it, and is read again as the start of markup; a
/// `<!` that starts none of these (a DOCTYPE, refused by the parser, or broken markup) ends the
/// scan, as libxml2 stops there.
enum AttributeScan {
    private static let lt = UInt32(UInt8(ascii: "<"))
    private static let gt = UInt32(UInt8(ascii: ">"))
    private static let eq = UInt32(UInt8(ascii: "="))
    private static let slash = UInt32(UInt8(ascii: "/"))
    private static let bang = UInt32(UInt8(ascii: "!"))
    private static let question = UInt32(UInt8(ascii: "?"))
    private static let doubleQuote = UInt32(UInt8(ascii: "\""))
    private static let singleQuote = UInt32(UInt8(ascii: "'"))
    private static let dash = UInt32(UInt8(ascii: "-"))
    private static let openBracket = UInt32(UInt8(ascii: "["))
    private static let closeBracket = UInt32(UInt8(ascii: "]"))

    /// `unit` as a member of a set of ASCII characters below 64 (see ``CodeUnitReader/firstIndex(inSet:from:)``).
    private static func mark(_ unit: UInt32) -> UInt64 { 1 &<< UInt64(unit) }
    /// What ends a run of ordinary units in a start tag: `=`, a quote, `>` or `<`.
    private static let startTagMarks = mark(eq) | mark(doubleQuote) | mark(singleQuote) | mark(gt) | mark(lt)

    /// The index of the `<` of the first start tag with more than `maxAttributes` attributes, or `nil`.
    static func firstCrowdedElement<Units: CodeUnitReader>(in units: Units, maxAttributes: Int) -> Int? {
        let count = units.count
        let tagMarks = startTagMarks
        func unit(_ index: Int) -> UInt32? { index < count ? units.unit(index) : nil }
        var k = 0
        markup: while true {
            k = units.firstIndex(of: lt, from: k)
            guard k < count else { return nil }
            switch unit(k + 1) {
            case bang:
                if unit(k + 2) == dash && unit(k + 3) == dash {
                    // A comment ends at the first `-->` whose dashes both follow `<!--`.
                    guard let end = firstClose(in: units, from: k + 6, after: dash, dash) else { return nil }
                    k = end + 1
                } else if unit(k + 2) == openBracket {
                    guard let end = firstClose(in: units, from: k + 5, after: closeBracket, closeBracket) else { return nil }
                    k = end + 1
                } else {
                    return nil  // a DOCTYPE (refused by the parser) or not well-formed: libxml2 stops there
                }
            case question:
                guard let end = firstClose(in: units, from: k + 2, after: question) else { return nil }
                k = end + 1
            case slash:
                k = units.firstIndex(of: gt, from: k + 2) + 1
            default:
                let tag = k
                var attributes = 0
                var j = k + 1
                while true {
                    j = units.firstIndex(inSet: tagMarks, from: j)
                    guard j < count else { return nil }
                    let u = units.unit(j)
                    if u == eq {
                        attributes += 1
                        if attributes > maxAttributes { return tag }
                    } else if u == doubleQuote || u == singleQuote {
                        j = units.firstIndex(inSet: mark(u) | mark(lt), from: j + 1)
                        guard j < count else { return nil }
                        if units.unit(j) == lt {
                            k = j  // not well-formed; any further tag is counted anew
                            continue markup
                        }
                    } else if u == gt {
                        k = j + 1
                        continue markup
                    } else {
                        k = j  // a `<`: read again as the start of markup
                        continue markup
                    }
                    j += 1
                }
            }
        }
    }

    /// The index of the first `>` at or after `from` that follows `first` (or `first` and then
    /// `second`, when given), or `nil`: `?>`, `-->`, `]]>`.
    private static func firstClose<Units: CodeUnitReader>(in units: Units, from: Int, after first: UInt32, _ second: UInt32? = nil) -> Int? {
        var index = from
        while true {
            index = units.firstIndex(of: gt, from: index)
            guard index < units.count else { return nil }
            if let second {
                if units.unit(index - 1) == second && units.unit(index - 2) == first { return index }
            } else if units.unit(index - 1) == first {
                return index
            }
            index += 1
        }
    }
}
