import Foundation
import PLOModel
import TestSupport
import Testing
import XMLCore

@Suite struct ContentReadingTests {
    static func message(_ name: String) throws -> PLOMessage {
        let url = TestPaths.fixture("rules/\(name)")
        let bytes = try [UInt8](Data(contentsOf: url))
        let document = try #require(XMLParser.parse(bytes, name: url.lastPathComponent).document)
        return PLOMessage(document: document)
    }

    @Test func readsUtskrivningsklarEvents() throws {
        let message = try Self.message("PLO-EVENT-DATE-ONLY/pass-expected-date.xml")
        #expect(message.isPasientlogistikk)
        let logistics = try #require(message.logistics)
        #expect(logistics.kind == .utskrivningsklar)
        #expect(logistics.events.map(\.eventCode) == [.innlagt, .utskrivningsklar, .forventetUtskrivningsklar])
        let first = try #require(logistics.events.first)
        #expect(first.time?.value == "2026-03-02T09:40:00")
        #expect(first.isEstimate == false)
        #expect(first.code?.value.system == EventCode.system)
        #expect(first.time?.line == 72)
        #expect(logistics.events(.utskrivningsklar).first?.isEstimate == true)
        #expect(message.responsibleProfessionals.first?.familyName == "Lindqvist")
        #expect(message.responsibleProfessionals.first?.isNamed == true)
    }

    @Test func readsDischargeDestination() throws {
        let message = try Self.message("PLO-CODE/pass-utskrevet.xml")
        let logistics = try #require(message.logistics)
        #expect(logistics.kind == .utskrevet)
        let destination = try #require(logistics.dischargedTo)
        #expect(destination.destination?.value.code == "1")
        #expect(destination.destination?.value.system == DischargeDestination.placeSystem)
        #expect(destination.condition?.value.system == DischargeDestination.conditionSystem)
    }

    @Test func readsAppRec() throws {
        let message = try Self.message("APPREC-ERROR-CODE/pass-rejected.xml")
        #expect(message.logistics == nil)
        let appRec = try #require(message.appRec)
        #expect(appRec.status?.value.code == "2")
        #expect(appRec.errors.map(\.value.code) == ["E21"])
        #expect(appRec.original?.id?.value == "3f2c9a10-5b7e-4d21-9c3a-0e8f6b1d2a47")
        #expect(appRec.original?.msgType?.value.code == "LOG_INNLAGT")
        #expect(appRec.id?.value == "7c1e5d2a-93b4-4f0e-8a6d-2b9c4e1f0a35")
    }

    @Test func readsHelseopplysningerContentType() throws {
        let message = try Self.message("PLO-HELSEOPPL-CONTENT-TYPE/pass-update.xml")
        #expect(message.logistics == nil)
        #expect(message.contentType?.value.code == "2")
        #expect(message.forsendelsesstatus?.value.code == "M")
    }

    @Test func logisticsKindsMapToMessageTypes() {
        for kind in LogisticsKind.allCases {
            #expect(LogisticsKind(kind.messageType) == kind)
        }
        #expect(LogisticsKind(.helseopplysninger) == nil)
    }

    @Test(.enabled(if: TestPaths.hasReference, TestPaths.missingReference))
    func readsEveryOfficialPasientlogistikkExample() throws {
        for url in TestPaths.officialExamples where url.lastPathComponent.hasPrefix("Pasientlogistikk") {
            let bytes = try [UInt8](Data(contentsOf: url))
            let document = try #require(XMLParser.parse(bytes, name: url.lastPathComponent).document)
            let logistics = try #require(PLOMessage(document: document).logistics, "\(url.lastPathComponent)")
            #expect(logistics.kind != nil)
            #expect(!logistics.events.isEmpty)
            #expect(logistics.events.allSatisfy { $0.isEstimate != nil && $0.time?.value != nil })
        }
    }
}
