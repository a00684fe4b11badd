import AppCore
import Foundation
import PLOCalendar
import PLOModel
import TestSupport
import Testing
import XMLCore

@testable import PLOSimulator

/// The reply writers (`MessageWriter.appRec(for:…)`, `MessageWriter.dialogAnswer(to:…)`): read
/// back, they echo the original and swap the parties; they are valid against PLOKit's schema set
/// and the official one, and the profile rules find no error in them.
@Suite struct ReplyWriterTests {
    static let hospital = Address(
        organisation: "Sykehuset Levanger", her: "8093", unit: Unit(name: "Medisinsk avdeling", her: "8094"))
    static let municipality = Address(
        organisation: "Levanger kommune", her: "9001", unit: Unit(name: "Tildelingskontoret", her: "9003"))

    /// A Melding om utskrivningsklar pasient from the simulator's writer, read back.
    static func utskrivningsklar() throws -> (bytes: [UInt8], original: RepliedMessage) {
        let fnr = try #require(Fodselsnummer.synthetic(year: 1940, month: 3, day: 12, individual: 424))
        let patient = Patient(
            fnr: fnr, familyName: "Nordmann", givenName: "Kari", dateOfBirth: try #require(LocalDate(year: 1940, month: 3, day: 12)),
            isMale: false, street: "Storgata 1", postalCode: "7600", city: "Levanger")
        let nurse = Professional(kind: "SP", familyName: "Hansen", givenName: "Eva", hpr: "9144889")
        let admitted = try #require(LocalDateTime(year: 2026, month: 3, day: 2, hour: 10, minute: 5))
        let sent = try #require(LocalDateTime(year: 2026, month: 3, day: 4, hour: 9, minute: 30))
        var writer = MessageWriter()
        let bytes = writer.render(
            OutgoingMessage(
                type: .utskrivningsklar, displayName: MessageType.utskrivningsklar.displayName,
                msgId: "0b7e1c52-6f1e-4c3a-9d0e-2a1b3c4d5e6f", genDate: sent, sender: hospital, receiver: municipality,
                patient: patient, professional: nurse,
                content: .utskrivningsklar(admitted: admitted, readyDate: try #require(LocalDate(year: 2026, month: 3, day: 5)))))
        let document = try #require(XMLParser.parse(bytes, name: "klar.xml").document)
        let original = try #require(RepliedMessage(PLOMessage(document: document)))
        return (bytes, original)
    }

    @Test func repliedMessageReadsTheOriginal() throws {
        let (_, original) = try Self.utskrivningsklar()
        #expect(original.typeCode == "LOG_UTSKRIVNINGSKLAR")
        #expect(original.typeDisplayName == "Melding om utskrivningsklar pasient")
        #expect(original.msgId == "0b7e1c52-6f1e-4c3a-9d0e-2a1b3c4d5e6f")
        #expect(original.genDate == "2026-03-04T09:30:00")
        #expect(original.sender == ReplyParty(Self.hospital))
        #expect(original.receiver == ReplyParty(Self.municipality))
        #expect(original.patient?.familyName == "Nordmann")
        #expect(original.conversation == nil)
    }

    @Test func appRecEchoesTheOriginalAndSwapsTheParties() throws {
        let (_, original) = try Self.utskrivningsklar()
        var writer = MessageWriter()
        let at = try #require(LocalDateTime(year: 2026, month: 3, day: 4, hour: 9, minute: 31))
        let bytes = writer.appRec(
            for: original, status: .rejected, errors: [ReceiptError("E35", text: "Ukjent pasient")], id: "rec-1", genDate: at)
        let document = try #require(XMLParser.parse(bytes, name: "rec.xml").document)
        let rec = try #require(PLOMessage(document: document).appRec)
        #expect(rec.status?.value.code == "2")
        #expect(rec.errors.map(\.value.code) == ["E35"])
        #expect(rec.errors.first?.value.system == AppRecCodes.errorSystem)
        #expect(rec.errors.first?.value.displayName == "Pasienten finnes ikke i mottakersystemet")
        #expect(rec.original?.id?.value == original.msgId)
        #expect(rec.original?.issueDate?.value == original.genDate)
        #expect(rec.original?.msgType?.value.code == "LOG_UTSKRIVNINGSKLAR")
        let senderId = document.root?.child("Sender")?.child("HCP")?.child("Inst")?.child("Id")?.trimmedText
        let receiverId = document.root?.child("Receiver")?.child("HCP")?.child("Inst")?.child("Id")?.trimmedText
        #expect(senderId == "9001")
        #expect(receiverId == "8093")
        // A rejection without codes still carries one (X99); an OK carries none.
        let bare = writer.appRec(for: original, status: .rejected, id: "rec-2", genDate: at)
        #expect(String(decoding: bare, as: UTF8.self).contains("<Error V=\"X99\""))
        let ok = writer.appRec(for: original, status: .ok, errors: [ReceiptError("E35")], id: "rec-3", genDate: at)
        #expect(!String(decoding: ok, as: UTF8.self).contains("<Error"))
    }

    @Test func dialogAnswerRefersToTheUtskrivningsklarMessage() throws {
        let (_, original) = try Self.utskrivningsklar()
        var writer = MessageWriter()
        let at = try #require(LocalDateTime(year: 2026, month: 3, day: 4, hour: 11, minute: 0))
        let nurse = Professional(kind: "SP", familyName: "Berg", givenName: "Ola", hpr: "9144890")
        let bytes = writer.dialogAnswer(
            to: original, msgId: "5d0c6a8e-1b7f-4f55-8a3e-0c9d8e7f6a5b", genDate: at,
            answer: "Kommunen tar imot pasienten i morgen; korttidsplass.", from: nurse)
        let document = try #require(XMLParser.parse(bytes, name: "svar.xml").document)
        let message = PLOMessage(document: document)
        #expect(message.type == .dialogmelding)
        #expect(message.standard == .dialogmelding11)
        #expect(message.envelope?.refToParent?.value == original.msgId)
        #expect(message.envelope?.sender?.herId == "9001")
        #expect(message.envelope?.receiver?.herId == "8093")
        #expect(message.envelope?.patient?.id == original.patient?.id)
    }

    /// The three replies and the original, validated with the bundled and the official set.
    @Test(arguments: [false, true]) func repliesAreValid(official: Bool) throws {
        if official && !TestPaths.hasReference {
            print(TestPaths.missingReference)
            return
        }
        let (klar, original) = try Self.utskrivningsklar()
        var writer = MessageWriter()
        let at = try #require(LocalDateTime(year: 2026, month: 3, day: 4, hour: 9, minute: 31))
        let documents: [(String, [UInt8])] = [
            ("klar.xml", klar),
            ("ok.xml", writer.appRec(for: original, status: .ok, id: "7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e", genDate: at)),
            (
                "avvist.xml",
                writer.appRec(
                    for: original, status: .rejected, errors: [ReceiptError("E35"), ReceiptError("E21")], id: "7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5f",
                    genDate: at)
            ),
            ("svar.xml", writer.dialogAnswer(to: original, msgId: "5d0c6a8e-1b7f-4f55-8a3e-0c9d8e7f6a5b", genDate: at, answer: "Ja.")),
        ]
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plo-replies-\(getpid())-\(official)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var items: [InputItem] = []
        for (name, bytes) in documents {
            let url = dir.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            items.append(.file(url.path))
        }
        let folder = official ? TestPaths.officialSchemas.path : TestPaths.schemas.path
        let schemas = try SchemaLocator.compile(directory: folder, catalog: nil)
        let results = ValidationEngine(schemas: schemas, settings: ValidationSettings()).validate(items, jobs: 1)
        #expect(results.count == 4)
        for result in results {
            let problems = result.findings.filter { $0.severity != .info }
            #expect(problems.isEmpty, "\(result.file): \(problems.map { "\($0.rule) \($0.message)" })")
        }
    }
}
