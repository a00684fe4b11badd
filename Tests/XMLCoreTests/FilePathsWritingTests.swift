import Foundation
import Testing
import XMLCore

/// The one file layer's writing primitives (``FilePaths``), used by simulate, serve's folders
/// and the reports.
@Suite struct FilePathsWritingTests {
    private func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("plo-fp-\(UUID().uuidString)").path
        try FilePaths.makeDirectories(path)
        return path
    }

    @Test func makeDirectoriesCreatesParentsAndAcceptsAnExistingFolder() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let deep = root + "/a/b/c"
        try FilePaths.makeDirectories(deep)
        #expect(FilePaths.isDirectory(deep))
        try FilePaths.makeDirectories(deep)
        try FilePaths.writeFile(root + "/file", [1])
        #expect(throws: FilePaths.Failure.self) { try FilePaths.makeDirectories(root + "/file") }
        #expect(throws: FilePaths.Failure.self) { try FilePaths.makeDirectories(root + "/file/below") }
    }

    @Test func atomicWriteReplacesWholeAndLeavesNoTemporaryFile() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let target = root + "/out.xml"
        try FilePaths.writeFileAtomically(target, Array("first".utf8))
        try FilePaths.writeFileAtomically(target, Array("second, longer".utf8))
        #expect(FilePaths.readPrefix(target, count: 100) == Array("second, longer".utf8))
        #expect(FilePaths.listDirectory(root) == ["out.xml"])
        // A folder where the target should be: the rename fails, the temporary file goes.
        try FilePaths.makeDirectories(root + "/taken")
        try FilePaths.writeFile(root + "/taken/x", [0])
        #expect(throws: FilePaths.Failure.self) { try FilePaths.writeFileAtomically(root + "/taken", [1, 2]) }
        #expect(FilePaths.listDirectory(root).sorted() == ["out.xml", "taken"])
    }

    @Test func readPrefixStopsAtTheCountAndMoveRenames() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FilePaths.writeFile(root + "/a", Array(0..<200))
        #expect(FilePaths.readPrefix(root + "/a", count: 10) == Array(0..<10))
        #expect(FilePaths.readPrefix(root + "/a", count: 1000) == Array(0..<200))
        #expect(FilePaths.readPrefix(root + "/missing", count: 10) == nil)
        #expect(FilePaths.readPrefix(root, count: 10) == nil)
        try FilePaths.move(root + "/a", to: root + "/b")
        #expect(!FilePaths.exists(root + "/a") && FilePaths.exists(root + "/b"))
        #expect(FilePaths.remove(root + "/b"))
        #expect(!FilePaths.remove(root + "/b"))
        #expect(FilePaths.name(of: "/x/y/z.xml") == "z.xml" && FilePaths.name(of: "z") == "z")
    }
}
