import Foundation
import TestSupport
import Testing
import XMLCore

/// The bundled schemas must judge messages as the official ones do. A deterministic mutation
/// generator makes variants of the 22 official examples; each variant's verdict (valid or not)
/// under `Schemas/` must equal its verdict under `../shared/reference/ehelse/schemas`.
@Suite struct DifferentialSchemaTests {
    enum Mutation: String, CaseIterable {
        case deleteElement, duplicateElement, renameElement, reorderSiblings, badTypedText, emptyText
        case badAttributeValue, dropAttribute, addUnknownAttribute, addUnknownElement, clearChildren, moveElementUp
    }

    static let variantsPerKind = 3

    @Test(.enabled(if: TestPaths.hasReference, TestPaths.missingReference))
    func bundledVerdictEqualsOfficialVerdict() throws {
        let bundled = try SchemaSet.compile(directory: TestPaths.schemas.path, required: ploNamespaces)
        let official = try SchemaSet.compile(directory: TestPaths.officialSchemas.path, required: ploNamespaces)
        let ours = try #require(bundled.makeValidator())
        let theirs = try #require(official.makeValidator())
        var generator = SplitMix64(state: 20_261_123)
        var total = 0
        var agreed = 0
        var invalidCount = 0
        var disagreements: [String] = []
        var perKind: [Mutation: Int] = [:]
        for url in TestPaths.officialExamples {
            let bytes = try [UInt8](Data(contentsOf: url))
            let original = MiniElement(try #require(XMLParser.parse(bytes, name: url.path).document?.root))
            for kind in Mutation.allCases {
                for index in 0..<Self.variantsPerKind {
                    guard let variant = Self.mutate(original, kind: kind, using: &generator) else { continue }
                    let name = "\(url.lastPathComponent)#\(kind.rawValue)#\(index)"
                    guard let document = XMLParser.parse(Array(variant.utf8), name: name).document else { continue }
                    let oursValid = !ours.validate(document).contains { $0.severity == .error }
                    let theirsValid = !theirs.validate(document).contains { $0.severity == .error }
                    total += 1
                    perKind[kind, default: 0] += 1
                    if !theirsValid { invalidCount += 1 }
                    if oursValid == theirsValid {
                        agreed += 1
                    } else {
                        disagreements.append("\(name): bundled \(oursValid ? "valid" : "invalid"), official \(theirsValid ? "valid" : "invalid")")
                    }
                }
            }
        }
        let rate = Double(agreed) / Double(max(total, 1))
        print("differential: \(agreed)/\(total) agree (\(String(format: "%.2f", rate * 100))%), \(invalidCount) invalid under the official set")
        for line in disagreements { print("  disagreement: \(line)") }
        #expect(total >= 300)
        #expect(invalidCount > total / 4, "the generator must make real errors, not only harmless changes")
        #expect(rate >= 0.995, "disagreements: \(disagreements)")
        for kind in Mutation.allCases { #expect(perKind[kind, default: 0] > 0, "no variant of kind \(kind)") }
    }

    /// One mutation of `root`, or nil when the document offers no place for it.
    static func mutate(_ original: MiniElement, kind: Mutation, using generator: inout SplitMix64) -> String? {
        var root = original
        let paths = root.elementPaths()
        guard !paths.isEmpty else { return nil }
        func pick<T>(_ list: [T]) -> T? {
            list.isEmpty ? nil : list[Int(generator.next() % UInt64(list.count))]
        }
        func parentPath(_ path: MiniPath) -> MiniPath { Array(path.dropLast()) }
        switch kind {
        case .deleteElement:
            guard let path = pick(paths) else { return nil }
            root[path: path] = nil
        case .duplicateElement:
            guard let path = pick(paths), let element = root[path: path], var parent = root[path: parentPath(path)], let last = path.last else {
                return nil
            }
            parent.children.insert(.element(element), at: last + 1)
            root[path: parentPath(path)] = parent
        case .renameElement:
            guard let path = pick(paths), var element = root[path: path] else { return nil }
            element.name += "X"
            root[path: path] = element
        case .reorderSiblings:
            let candidates = paths.filter { path in
                guard let parent = root[path: parentPath(path)], let last = path.last else { return false }
                guard let next = parent.children[(last + 1)...].firstIndex(where: { if case .element = $0 { true } else { false } }),
                    case .element(let a) = parent.children[last], case .element(let b) = parent.children[next]
                else { return false }
                return a.name != b.name
            }
            guard let path = pick(candidates), var parent = root[path: parentPath(path)], let last = path.last,
                let next = parent.children[(last + 1)...].firstIndex(where: { if case .element = $0 { true } else { false } })
            else { return nil }
            parent.children.swapAt(last, next)
            root[path: parentPath(path)] = parent
        case .badTypedText, .emptyText:
            let leaves = paths.filter { root[path: $0].map { $0.isLeaf && !$0.text.isEmpty } ?? false }
            guard let path = pick(leaves), var element = root[path: path] else { return nil }
            element.children = kind == .emptyText ? [] : [.text(badValue(for: element.text))]
            root[path: path] = element
        case .badAttributeValue:
            let candidates = paths.filter { !(root[path: $0]?.attributes.isEmpty ?? true) }
            guard let path = pick(candidates), var element = root[path: path] else { return nil }
            let index = Int(generator.next() % UInt64(element.attributes.count))
            element.attributes[index].value = badValue(for: element.attributes[index].value)
            root[path: path] = element
        case .dropAttribute:
            let candidates = paths.filter { root[path: $0]?.attributes.contains { !$0.name.hasPrefix("xsi:") } ?? false }
            guard let path = pick(candidates), var element = root[path: path] else { return nil }
            let droppable = element.attributes.indices.filter { !element.attributes[$0].name.hasPrefix("xsi:") }
            guard let index = pick(droppable) else { return nil }
            element.attributes.remove(at: index)
            root[path: path] = element
        case .addUnknownAttribute:
            guard let path = pick(paths), var element = root[path: path] else { return nil }
            element.attributes.append(MiniAttribute(name: "Ukjent", value: "x"))
            root[path: path] = element
        case .addUnknownElement:
            guard let path = pick(paths), var element = root[path: path] else { return nil }
            let name = element.prefix.map { $0 + ":UkjentElement" } ?? "UkjentElement"
            let position = Int(generator.next() % UInt64(element.children.count + 1))
            element.children.insert(.element(MiniElement(name: name)), at: position)
            root[path: path] = element
        case .clearChildren:
            let candidates = paths.filter { root[path: $0].map { !$0.isLeaf } ?? false }
            guard let path = pick(candidates), var element = root[path: path] else { return nil }
            element.children = []
            root[path: path] = element
        case .moveElementUp:
            let candidates = paths.filter { $0.count >= 2 }
            guard let path = pick(candidates), let element = root[path: path] else { return nil }
            let parent = parentPath(path)
            root[path: path] = nil
            guard var grandparent = root[path: parentPath(parent)], let parentIndex = parent.last else { return nil }
            grandparent.children.insert(.element(element), at: parentIndex + 1)
            root[path: parentPath(parent)] = grandparent
        }
        return root.document
    }

    /// A value wrong for the type the original looks like.
    static func badValue(for original: String) -> String {
        if original.contains("T"), original.first?.isNumber == true { return original.replacingOccurrences(of: "T", with: " ") }
        if original.count == 10, original.first?.isNumber == true, original.contains("-") { return "31.12.2012" }
        if Int(original) != nil { return original + "x" }
        if original == "true" || original == "false" { return "ja" }
        if original.contains(".") && original.allSatisfy({ $0.isNumber || $0 == "." }) { return "1.2.x" }
        return ""
    }
}
