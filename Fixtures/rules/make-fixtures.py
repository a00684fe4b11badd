#!/usr/bin/env python3
"""Writes the rule fixtures: Fixtures/rules/<RULE-ID>/pass-*.xml, fail-*.xml, info-*.xml.

Our own skeleton with fictional parties (Fjordvik sykehus HF, Lundberg kommune) and a fictional
patient. Rerun after editing: `python3 Fixtures/rules/make-fixtures.py`. Line numbers in
Tests/PLORulesTests/RuleFixtureTests.swift depend on this layout.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PL = "http://www.kith.no/xmlstds/po/Pasientlogistikk/2012-04-01"
PO = "http://www.kith.no/xmlstds/po/poKomponent/2012-04-01"
FK = "http://www.kith.no/xmlstds/felleskomponent1"
HO = "http://www.kith.no/xmlstds/po/HelseopplysningerVedSoknad/2012-04-01"
AR = "http://www.kith.no/xmlstds/apprec/2012-02-15"
HER = 'S="2.16.578.1.12.4.1.1.9051"'
# A real-format fødselsnummer (month 01–12, both check digits right) that cannot belong to anyone:
# 31 Dec 2039 (year 39 with individual number 500–999 means 2000–2039). Real-format on purpose, so
# pass fixtures give no finding at all; PLO-PATIENT-ID/info-synthetic.xml uses the synthetic one.
PATIENT = "31123999935"
SYNTHETIC = "12834841213"

TYPES = {
    "LOG_INNLAGT": "Melding om innlagt pasient",
    "LOG_UTSKRIVNINGSKLAR": "Melding om utskrivningsklar pasient",
    "LOG_AVMELDING": "Avmelding av utskrivningsklar pasient",
    "LOG_UTSKREVET": "Melding om utskrevet pasient",
    "LOG_DOD": "Orientering om dødsfall",
    "HELSEOPPL_SOKNAD": "Helseopplysninger",
}
ELEMENT = {
    "LOG_INNLAGT": "MeldingInnlagtPasient",
    "LOG_UTSKRIVNINGSKLAR": "MeldingUtskrivningsklarPasient",
    "LOG_AVMELDING": "AvmeldingUtskrivningsklarPasient",
    "LOG_UTSKREVET": "MeldingOmUtskrevetPasient",
    "LOG_DOD": "OrienteringOmDod",
}
STATUS = {"N": "Ny", "M": "Endring", "A": "Tillegg", "C": "Kansellering", "E": "Endring"}
EVENT_DN = {"1": "Pasient innlagt", "2": "Pasient utskrevet", "3": "Pasient utskrivningsklar",
            "4": "Avmelding av utskrivningsklar pasient", "5": "Forventet utskrivningsklar dato", "13": "Pasienten er død"}

RESPONSIBLE = """\t\t\t\t\t<AnsvarForRapport>
\t\t\t\t\t\t<AnsvarligRapport>
\t\t\t\t\t\t\t<fk1:TypeHealthcareProfessional V="LE" DN="Lege"/>
\t\t\t\t\t\t\t<fk1:FamilyName>Lindqvist</fk1:FamilyName>
\t\t\t\t\t\t\t<fk1:GivenName>Maren</fk1:GivenName>
\t\t\t\t\t\t\t<fk1:Ident>
\t\t\t\t\t\t\t\t<fk1:Id>7712345</fk1:Id>
\t\t\t\t\t\t\t\t<fk1:TypeId V="HPR" DN="HPR-nummer" S="2.16.578.1.12.4.1.1.8116"/>
\t\t\t\t\t\t\t</fk1:Ident>
\t\t\t\t\t\t</AnsvarligRapport>
\t\t\t\t\t</AnsvarForRapport>
"""
RESPONSIBLE_UNNAMED = """\t\t\t\t\t<AnsvarForRapport>
\t\t\t\t\t\t<AnsvarligRapport>
\t\t\t\t\t\t\t<fk1:TypeHealthcareProfessional V="LE" DN="Lege"/>
\t\t\t\t\t\t\t<fk1:Ident>
\t\t\t\t\t\t\t\t<fk1:Id>7712345</fk1:Id>
\t\t\t\t\t\t\t\t<fk1:TypeId V="HPR" DN="HPR-nummer" S="2.16.578.1.12.4.1.1.8116"/>
\t\t\t\t\t\t\t</fk1:Ident>
\t\t\t\t\t\t</AnsvarligRapport>
\t\t\t\t\t</AnsvarForRapport>
"""


def event(code, time, estimate="false", text=None, system="2.16.578.1.12.4.1.1.9121", code_element=True):
    lines = ["\t\t\t\t\t\t<TidsfestetHendelse>"]
    if code_element:
        lines.append(f'\t\t\t\t\t\t\t<Hendelsekode V="{code}" DN="{EVENT_DN.get(code, "Annen hendelse")}" S="{system}"/>')
    if text:
        lines.append(f"\t\t\t\t\t\t\t<BeskrivelseAvHendelse>{text}</BeskrivelseAvHendelse>")
    lines.append(f'\t\t\t\t\t\t\t<TidspunktForHendelse V="{time}"/>')
    lines.append(f"\t\t\t\t\t\t\t<Anslag>{estimate}</Anslag>")
    lines.append("\t\t\t\t\t\t</TidsfestetHendelse>")
    return "\n".join(lines) + "\n"


def logistics(kind, events, status="N", responsible=RESPONSIBLE, before_events="", element=None, namespace=PL):
    element = element or ELEMENT[kind]
    return (
        f'\t\t\t\t<p1:Pasientlogistikk xmlns:p1="{namespace}" xmlns="{PO}" xmlns:fk1="{FK}">\n'
        f"\t\t\t\t\t<InformasjonOmForsendelsen>\n"
        f'\t\t\t\t\t\t<Forsendelsesstatus V="{status}" DN="{STATUS.get(status, "Ukjent")}"/>\n'
        f"\t\t\t\t\t</InformasjonOmForsendelsen>\n"
        f"{responsible}"
        f"\t\t\t\t\t<p1:{element}>\n"
        f"{before_events}{events}"
        f"\t\t\t\t\t</p1:{element}>\n"
        f"\t\t\t\t</p1:Pasientlogistikk>\n"
    )


def msghead(kind, content, gendate="2026-03-02T10:05:00", msgid="3f2c9a10-5b7e-4d21-9c3a-0e8f6b1d2a47",
            parent=None, patient=PATIENT, display=None, receiver_ident=None, prolog=""):
    display = TYPES.get(kind, "Ukjent melding") if display is None else display
    conversation = ""
    if parent:
        conversation = (f"\t\t<ConversationRef>\n\t\t\t<RefToParent>{parent}</RefToParent>\n"
                        f"\t\t\t<RefToConversation>{parent}</RefToConversation>\n\t\t</ConversationRef>\n")
    receiver_ident = receiver_ident or f'\t\t\t\t<Ident>\n\t\t\t\t\t<Id>92210</Id>\n\t\t\t\t\t<TypeId V="HER" DN="HER-id" {HER}/>\n\t\t\t\t</Ident>\n'
    return f"""<?xml version="1.0" encoding="UTF-8"?>
{prolog}<!-- PLOKit rule fixture: fictional parties and patient. -->
<MsgHead xmlns="http://www.kith.no/xmlstds/msghead/2006-05-24">
\t<MsgInfo>
\t\t<Type V="{kind}" DN="{display}"/>
\t\t<MIGversion>v1.2 2006-05-24</MIGversion>
\t\t<GenDate>{gendate}</GenDate>
\t\t<MsgId>{msgid}</MsgId>
{conversation}\t\t<Sender>
\t\t\t<Organisation>
\t\t\t\t<OrganisationName>Fjordvik sykehus HF</OrganisationName>
\t\t\t\t<Ident>
\t\t\t\t\t<Id>81234</Id>
\t\t\t\t\t<TypeId V="HER" DN="HER-id" {HER}/>
\t\t\t\t</Ident>
\t\t\t\t<Organisation>
\t\t\t\t\t<OrganisationName>Medisinsk sengepost 3</OrganisationName>
\t\t\t\t\t<Ident>
\t\t\t\t\t\t<Id>81240</Id>
\t\t\t\t\t\t<TypeId V="HER" DN="HER-id" {HER}/>
\t\t\t\t\t</Ident>
\t\t\t\t</Organisation>
\t\t\t</Organisation>
\t\t</Sender>
\t\t<Receiver>
\t\t\t<Organisation>
\t\t\t\t<OrganisationName>Lundberg kommune</OrganisationName>
{receiver_ident}\t\t\t\t<Organisation>
\t\t\t\t\t<OrganisationName>Tildelingskontoret</OrganisationName>
\t\t\t\t\t<Ident>
\t\t\t\t\t\t<Id>92215</Id>
\t\t\t\t\t\t<TypeId V="HER" DN="HER-id" {HER}/>
\t\t\t\t\t</Ident>
\t\t\t\t</Organisation>
\t\t\t</Organisation>
\t\t</Receiver>
\t\t<Patient>
\t\t\t<FamilyName>Testdal</FamilyName>
\t\t\t<GivenName>Solveig</GivenName>
\t\t\t<Ident>
\t\t\t\t<Id>{patient}</Id>
\t\t\t\t<TypeId V="FNR" DN="Fødselsnummer" S="2.16.578.1.12.4.1.1.8116"/>
\t\t\t</Ident>
\t\t</Patient>
\t</MsgInfo>
\t<Document>
\t\t<RefDoc>
\t\t\t<MsgType V="XML" DN="XML-instans"/>
\t\t\t<Content>
{content}\t\t\t</Content>
\t\t</RefDoc>
\t</Document>
</MsgHead>
"""


def apprec(status="1", errors="", own_id="7c1e5d2a-93b4-4f0e-8a6d-2b9c4e1f0a35",
           original_id="3f2c9a10-5b7e-4d21-9c3a-0e8f6b1d2a47", status_dn=None):
    status_dn = status_dn or {"1": "OK", "2": "Avvist", "3": "OK, feil i delmelding"}.get(status, "Mottatt")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- PLOKit rule fixture: fictional parties. -->
<AppRec xmlns="{AR}">
\t<MsgType V="APPREC" DN="Applikasjonskvittering"/>
\t<MIGversion>v1.1 2012-02-15</MIGversion>
\t<GenDate>2026-03-02T10:06:12</GenDate>
\t<Id>{own_id}</Id>
\t<Sender>
\t\t<Role V="PRIM" DN="Primærmottaker"/>
\t\t<HCP>
\t\t\t<Inst>
\t\t\t\t<Name>Lundberg kommune</Name>
\t\t\t\t<Id>92210</Id>
\t\t\t\t<TypeId V="HER" DN="HER-id"/>
\t\t\t</Inst>
\t\t</HCP>
\t</Sender>
\t<Receiver>
\t\t<Role V="AVS" DN="Avsender"/>
\t\t<HCP>
\t\t\t<Inst>
\t\t\t\t<Name>Fjordvik sykehus HF</Name>
\t\t\t\t<Id>81234</Id>
\t\t\t\t<TypeId V="HER" DN="HER-id"/>
\t\t\t</Inst>
\t\t</HCP>
\t</Receiver>
\t<Status V="{status}" DN="{status_dn}"/>
{errors}\t<OriginalMsgId>
\t\t<MsgType V="LOG_INNLAGT" DN="Melding om innlagt pasient"/>
\t\t<IssueDate>2026-03-02T10:05:00</IssueDate>
\t\t<Id>{original_id}</Id>
\t</OriginalMsgId>
</AppRec>
"""


def helseopplysninger(status="M", content_type="2"):
    ct_dn = {"1": "Varsel om innlagt pasient", "2": "Oppdaterte opplysninger"}[content_type]
    return (
        f'\t\t\t\t<p5:HelseopplysningerVedSoknad xmlns:p5="{HO}" xmlns="{PO}" xmlns:fk1="{FK}">\n'
        f"\t\t\t\t\t<InformasjonOmForsendelsen>\n"
        f'\t\t\t\t\t\t<Forsendelsesstatus V="{status}" DN="{STATUS[status]}"/>\n'
        f"\t\t\t\t\t</InformasjonOmForsendelsen>\n"
        f"{RESPONSIBLE}"
        f"\t\t\t\t\t<TypeInnholdIMelding>\n"
        f'\t\t\t\t\t\t<TypeInnhold V="{content_type}" DN="{ct_dn}" S="2.16.578.1.12.4.1.1.9140"/>\n'
        f"\t\t\t\t\t</TypeInnholdIMelding>\n"
        f"\t\t\t\t\t<OpplysningOpphold>\n"
        + event("1", "2026-03-02T09:40:00").replace("\t\t\t\t\t\t", "\t\t\t\t\t\t", 1)
        + f"\t\t\t\t\t</OpplysningOpphold>\n"
        f"\t\t\t\t</p5:HelseopplysningerVedSoknad>\n"
    )


ADMITTED = event("1", "2026-03-02T09:40:00", text="Innlagt akutt med lårhalsbrudd")
READY = event("1", "2026-03-02T09:40:00") + event("3", "2026-03-05", estimate="true")
OTHER_ID = "9b8e7d6c-5a4b-4c3d-8e2f-1a0b9c8d7e6f"


def innlagt(**kw):
    return msghead("LOG_INNLAGT", logistics("LOG_INNLAGT", ADMITTED), **kw)


def ready(events=READY, gendate="2026-03-04T11:15:00", **kw):
    return msghead("LOG_UTSKRIVNINGSKLAR", logistics("LOG_UTSKRIVNINGSKLAR", events, **kw), gendate=gendate)


UTSKREVET_TIL = """\t\t\t\t\t\t<UtskrevetTil>
\t\t\t\t\t\t\t<Uttilstand V="1" DN="Som levende" S="2.16.578.1.12.4.1.1.8431"/>
\t\t\t\t\t\t\t<UtTil V="1" DN="Bosted/arbeidssted" S="2.16.578.1.12.4.1.1.8408"/>
\t\t\t\t\t\t</UtskrevetTil>
"""


def utskrevet(destination=UTSKREVET_TIL, when="2026-03-06"):
    return msghead("LOG_UTSKREVET", logistics("LOG_UTSKREVET", event("2", when), before_events=destination),
                   gendate="2026-03-06T13:30:00")


FIXTURES = {
    "XML-WELLFORMED": {
        "pass-innlagt.xml": innlagt(),
        "fail-unclosed.xml": innlagt().replace("\t</MsgInfo>\n", "", 1),
    },
    "XML-LIMIT": {
        "pass-innlagt.xml": innlagt(),
        "fail-doctype.xml": innlagt(prolog='<!DOCTYPE MsgHead [<!ENTITY who SYSTEM "file:///etc/passwd">]>\n'),
    },
    "XSD": {
        "pass-innlagt.xml": innlagt(),
        "fail-gendate.xml": innlagt(gendate="2026-03-02 10:05"),
    },
    "PLO-UNKNOWN-MESSAGE": {
        "pass-innlagt.xml": innlagt(),
        "fail-plo15.xml": msghead("LOG_INNLAGT", logistics("LOG_INNLAGT", ADMITTED, namespace="http://www.kith.no/xmlstds/po/Pasientlogistikk/2009-06-30")),
        "fail-unknown-type.xml": msghead("LOG_INNLEGGELSE", logistics("LOG_INNLAGT", ADMITTED), display="Melding om innleggelse"),
    },
    "PLO-TYPE-MISMATCH": {
        "pass-utskrivningsklar.xml": ready(),
        "fail-child.xml": msghead("LOG_INNLAGT", logistics("LOG_UTSKRIVNINGSKLAR", READY), gendate="2026-03-04T11:15:00"),
        "fail-display-name.xml": innlagt(display="Innleggelse"),
    },
    "PLO-EVENT-REQUIRED": {
        "pass-utskrivningsklar.xml": ready(),
        "fail-no-admission.xml": ready(events=event("3", "2026-03-05", estimate="true")),
    },
    "PLO-EVENT-FINAL": {
        "pass-innlagt.xml": innlagt(),
        "fail-estimate.xml": msghead("LOG_INNLAGT", logistics("LOG_INNLAGT", event("1", "2026-03-02T09:40:00", estimate="true"))),
    },
    "PLO-EVENT-TIME": {
        "pass-innlagt.xml": innlagt(),
        "fail-no-clock.xml": msghead("LOG_INNLAGT", logistics("LOG_INNLAGT", event("1", "2026-03-02"))),
        "fail-after-gendate.xml": utskrevet(when="2026-03-09"),
    },
    "PLO-EVENT-DESCRIBED": {
        "pass-described.xml": ready(events=READY + event("", "2026-03-04", estimate="true", text="Vurderes for korttidsopphold", code_element=False)),
        "fail-silent.xml": ready(events=READY + event("", "2026-03-04", estimate="true", code_element=False)),
    },
    "PLO-EVENT-DATE-ONLY": {
        "pass-expected-date.xml": ready(events=READY + event("5", "2026-03-06", estimate="true")),
        "fail-expected-clock.xml": ready(events=READY + event("5", "2026-03-06T12:00:00", estimate="true")),
    },
    "PLO-UTSKREVET-TIL": {
        "pass-utskrevet.xml": utskrevet(),
        "fail-no-code.xml": utskrevet(destination=UTSKREVET_TIL.replace('<UtTil V="1" ', "<UtTil ")),
    },
    "PLO-RESPONSIBLE-HCP": {
        "pass-utskrivningsklar.xml": ready(),
        "fail-unnamed.xml": msghead("LOG_AVMELDING", logistics("LOG_AVMELDING", event("4", "2026-03-05"), responsible=RESPONSIBLE_UNNAMED), gendate="2026-03-05T08:20:00"),
        "fail-missing.xml": ready(responsible=""),
    },
    "PLO-PATIENT-ID": {
        "pass-innlagt.xml": innlagt(),
        "fail-check-digit.xml": innlagt(patient=PATIENT[:-1] + "9"),
        "info-synthetic.xml": innlagt(patient=SYNTHETIC),
        # The health sector's test persons (NHN Persontjenesten): month + 65, fødselsnummer and D-nummer.
        "info-nhn-test-person.xml": innlagt(patient="12684810071"),
        "info-nhn-test-person-dnummer.xml": innlagt(patient="52684810065"),
    },
    "PLO-HER-ID": {
        "pass-innlagt.xml": innlagt(),
        "fail-no-her.xml": innlagt(receiver_ident='\t\t\t\t<Ident>\n\t\t\t\t\t<Id>974795787</Id>\n\t\t\t\t\t<TypeId V="ENH" DN="Organisasjonsnummeret i Enhetsregister" S="2.16.578.1.12.4.1.1.9051"/>\n\t\t\t\t</Ident>\n'),
    },
    "PLO-CODE": {
        "pass-utskrevet.xml": utskrevet(),
        "fail-code-system.xml": msghead("LOG_INNLAGT", logistics("LOG_INNLAGT", event("1", "2026-03-02T09:40:00", system="2.16.578.1.12.4.1.1.8408"))),
    },
    "PLO-STATUS": {
        "pass-cancellation.xml": msghead("LOG_INNLAGT", logistics("LOG_INNLAGT", ADMITTED, status="C"), msgid=OTHER_ID,
                                         gendate="2026-03-02T10:30:00", parent="3f2c9a10-5b7e-4d21-9c3a-0e8f6b1d2a47"),
        "fail-no-parent.xml": msghead("LOG_INNLAGT", logistics("LOG_INNLAGT", ADMITTED, status="C"), msgid=OTHER_ID, gendate="2026-03-02T10:30:00"),
        "fail-code-e.xml": msghead("LOG_INNLAGT", logistics("LOG_INNLAGT", ADMITTED, status="E"), msgid=OTHER_ID,
                                   gendate="2026-03-02T10:30:00", parent="3f2c9a10-5b7e-4d21-9c3a-0e8f6b1d2a47"),
    },
    "PLO-MSGID-UUID": {
        "pass-innlagt.xml": innlagt(),
        "fail-not-uuid.xml": innlagt(msgid="INNLAGT-2026-0042"),
    },
    "PLO-HELSEOPPL-CONTENT-TYPE": {
        "pass-update.xml": msghead("HELSEOPPL_SOKNAD", helseopplysninger("M", "2"), msgid=OTHER_ID, gendate="2026-03-03T14:00:00",
                                   parent="5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a"),
        "fail-varsel-as-update.xml": msghead("HELSEOPPL_SOKNAD", helseopplysninger("M", "1"), msgid=OTHER_ID, gendate="2026-03-03T14:00:00",
                                             parent="5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a"),
    },
    "APPREC-STATUS": {
        "pass-ok.xml": apprec(),
        "fail-status-0.xml": apprec(status="0"),
    },
    "APPREC-ERROR-CODE": {
        "pass-rejected.xml": apprec(status="2", errors='\t<Error V="E21" DN="Mottaker finnes ikke" S="2.16.578.1.12.4.1.1.8221"/>\n'),
        "fail-rejected-without-error.xml": apprec(status="2"),
    },
    "APPREC-ORIGINAL-MSGID": {
        "pass-ok.xml": apprec(),
        "fail-self.xml": apprec(original_id="7c1e5d2a-93b4-4f0e-8a6d-2b9c4e1f0a35"),
    },
}


def main():
    for rule, files in FIXTURES.items():
        folder = os.path.join(HERE, rule)
        os.makedirs(folder, exist_ok=True)
        for name, text in files.items():
            with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
                handle.write(text)


if __name__ == "__main__":
    main()
