#!/usr/bin/env python3
"""Writes the plo flow fixtures: one folder per case, fictional persons and organisations.

Patients carry synthetic fødselsnumre (month + 80), so `plo validate` reports one info finding
(PLO-PATIENT-ID) per message and nothing else; `plo flow` ignores info findings in expected.json.

Each case is a list of messages (file, time, type, status, ...) and the exact findings
`plo flow` must report (expected.json). Run from anywhere: python3 Fixtures/flows/make-flows.py
The envelope follows Fixtures/messages/innlagt.xml; the content bodies follow the structure of
the PLO 1.6 messages the simulator writes.
"""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
HOSPITAL = ("Fjordheim sykehus HF", "8100001", "Medisinsk sengepost 3", "8100002")
MUNICIPALITY = ("Bakkevik kommune", "8200001", "Pleie- og omsorgstjenesten", "8200002")
PL = "http://www.kith.no/xmlstds/po/Pasientlogistikk/2012-04-01"
DN = {
    "LOG_INNLAGT": "Melding om innlagt pasient",
    "LOG_UTSKRIVNINGSKLAR": "Melding om utskrivningsklar pasient",
    "LOG_AVMELDING": "Avmelding av utskrivningsklar pasient",
    "LOG_UTSKREVET": "Melding om utskrevet pasient",
    "LOG_DOD": "Orientering om dødsfall",
    "HELSEOPPL_SOKNAD": "Helseopplysninger",
    "INNLEGGELSESRAPPORT": "Innleggelsesrapport",
    "UTSKRIVNINGSRAPPORT": "Utskrivningsrapport",
    "DIALOG_HELSEFAGLIG": "Helsefaglig dialog",
    "APPREC": "Applikasjonskvittering",
}
GP = ("Bakkevik legesenter", "8300001", "Fastlegekontoret", "8300002")
APPREC_ERRORS = {"E35": "Pasienten finnes ikke i mottakersystemet", "E21": "Mottaker finnes ikke", "X99": "Annen feil"}
STATUS = {"N": "Ny", "M": "Endring", "A": "Tillegg", "C": "Kansellering"}


def synthetic_fnr(day, month, year2, individual):
    """A synthetic fødselsnummer (Skatteetaten's test numbers: month + 80, both mod-11 check digits
    right), as the simulator issues them: never a real person's number. None when no check digit fits."""
    digits = [int(c) for c in f"{day:02d}{month + 80:02d}{year2:02d}{individual:03d}"]
    k1 = 11 - sum(d * w for d, w in zip(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    digits.append(k1)
    k2 = 11 - sum(d * w for d, w in zip(digits, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return "".join(map(str, digits + [k2]))


def party(tag, org):
    name, her, unit, unit_her = org
    return f"""    <{tag}>
      <Organisation>
        <OrganisationName>{name}</OrganisationName>
        <Ident>
          <Id>{her}</Id>
          <TypeId V="HER" DN="HER-id" S="2.16.578.1.12.4.1.1.9051"/>
        </Ident>
        <Organisation>
          <OrganisationName>{unit}</OrganisationName>
          <Ident>
            <Id>{unit_her}</Id>
            <TypeId V="HER" DN="HER-id" S="2.16.578.1.12.4.1.1.9051"/>
          </Ident>
        </Organisation>
      </Organisation>
    </{tag}>
"""


def event(code, name, time, estimate, description=None, remark=None):
    out = f'<TidsfestetHendelse><Hendelsekode V="{code}" DN="{name}" S="2.16.578.1.12.4.1.1.9121"/>'
    if description:
        out += f"<BeskrivelseAvHendelse>{description}</BeskrivelseAvHendelse>"
    out += f'<TidspunktForHendelse V="{time}"/><Anslag>{"true" if estimate else "false"}</Anslag>'
    if remark:
        out += f"<Merknad>{remark}</Merknad>"
    return out + "</TidsfestetHendelse>"


def unit(org):
    return (f"<TilknyttetEnhet><Kontaktenhet><fk1:OrganisationName>{org[2]}</fk1:OrganisationName>"
            f'<fk1:Ident><fk1:Id>{org[3]}</fk1:Id><fk1:TypeId V="HER" DN="HER-id" S="2.16.578.1.12.4.1.1.9051"/>'
            "</fk1:Ident></Kontaktenhet></TilknyttetEnhet>")


def person(element, inner, doctor):
    kind = '<fk1:TypeHealthcareProfessional V="LE" DN="Lege"/>' if doctor else '<fk1:TypeHealthcareProfessional V="SP" DN="Sykepleier"/>'
    family, given, hpr = ("Lien", "Per", "9144900") if doctor else ("Dahl", "Siri", "9144901")
    return (f"<{element}><{inner}>{kind}<fk1:FamilyName>{family}</fk1:FamilyName><fk1:GivenName>{given}</fk1:GivenName>"
            f'<fk1:Ident><fk1:Id>{hpr}</fk1:Id><fk1:TypeId V="HPR" DN="HPR-nummer" S="2.16.578.1.12.4.1.1.8116"/></fk1:Ident>'
            f"</{inner}></{element}>")


def status(code):
    return f'<InformasjonOmForsendelsen><Forsendelsesstatus V="{code}" DN="{STATUS[code]}"/></InformasjonOmForsendelsen>'


EPJ = (' xmlns="http://www.kith.no/xmlstds/po/poKomponent/2012-04-01" xmlns:epj2="http://www.kith.no/xmlstds/epj/epj2/2008-02-20"'
       ' xmlns:m1="http://www.kith.no/xmlstds/epj/meta/2008-02-20" xmlns:fk1="http://www.kith.no/xmlstds/felleskomponent1"')


def nursing_note(note):
    return ('<Sykepleierdokumentasjon><InfoFraSykepleier><epj2:Journaltekst>'
            '<epj2:Overskriftskode V="8" DN="Sykepleiesammenfatning" S="2.16.578.1.12.4.1.1.9141"/>'
            f"<epj2:Notat>{note}</epj2:Notat></epj2:Journaltekst></InfoFraSykepleier></Sykepleierdokumentasjon>")


def content(m, admitted):
    t, st, sender = m["type"], m.get("status", "N"), m["sender"]
    when = m["time"]
    if t.startswith("LOG_"):
        head = (f'<p1:Pasientlogistikk xmlns:p1="{PL}" xmlns="http://www.kith.no/xmlstds/po/poKomponent/2012-04-01"'
                f' xmlns:fk1="http://www.kith.no/xmlstds/felleskomponent1">{status(st)}{unit(sender)}')
        resp = person("AnsvarForRapport", "AnsvarligRapport", True)
        if t == "LOG_INNLAGT":
            body = resp + "<p1:MeldingInnlagtPasient>" + event("1", "Pasient innlagt", admitted, False, "Innlagt via akuttmottaket.") + "</p1:MeldingInnlagtPasient>"
        elif t == "LOG_UTSKRIVNINGSKLAR":
            body = (resp + "<p1:MeldingUtskrivningsklarPasient>" + event("1", "Pasient innlagt", admitted, False)
                    + event("3", "Pasient utskrivningsklar", when[:10], True) + "</p1:MeldingUtskrivningsklarPasient>")
        elif t == "LOG_AVMELDING":
            body = (resp + "<p1:AvmeldingUtskrivningsklarPasient>" + event("1", "Pasient innlagt", admitted, False)
                    + event("4", "Avmelding av utskrivningsklar pasient", when[:10], False, None,
                            "Pasienten fyller ikke lenger vilkårene for å være utskrivningsklar.")
                    + "</p1:AvmeldingUtskrivningsklarPasient>")
        elif t == "LOG_UTSKREVET":
            # Death in hospital: Uttilstand 2 "Død" (kodeverk 8431), sent without an Utskrivningsrapport (HIS 1149 3.5).
            condition = ('<Uttilstand V="2" DN="Død" S="2.16.578.1.12.4.1.1.8431"/>' if m.get("death")
                         else '<Uttilstand V="1" DN="Som levende" S="2.16.578.1.12.4.1.1.8431"/>')
            body = (resp + f'<p1:MeldingOmUtskrevetPasient><UtskrevetTil>{condition}'
                    '<UtTil V="1" DN="Bosted/arbeidssted" S="2.16.578.1.12.4.1.1.8408"/></UtskrevetTil>'
                    + event("2", "Pasient utskrevet", when, False, "Pasienten døde på sykehuset." if m.get("death") else "Utskrevet til hjemmet.")
                    + "</p1:MeldingOmUtskrevetPasient>")
        elif t == "LOG_DOD":
            body = "<p1:OrienteringOmDod>" + event("13", "Pasienten er død", when[:10], False, "Pasienten døde under oppholdet.") + "</p1:OrienteringOmDod>"
        return head + body + "</p1:Pasientlogistikk>"
    if t == "HELSEOPPL_SOKNAD":
        updated = m.get("updated", st != "N")
        admitted = m.get("admitted", admitted)
        kind = ('<TypeInnhold V="2" DN="Oppdaterte opplysninger" S="2.16.578.1.12.4.1.1.9140"/>' if updated
                else '<TypeInnhold V="1" DN="Varsel om innlagt pasient" S="2.16.578.1.12.4.1.1.9140"/>')
        return (f'<p5:HelseopplysningerVedSoknad xmlns:p5="http://www.kith.no/xmlstds/po/HelseopplysningerVedSoknad/2012-04-01"{EPJ}>'
                + status(st) + unit(sender) + person("KontaktpersonHelsepersonell", "Kontaktperson", sender is HOSPITAL)
                + f"<TypeInnholdIMelding>{kind}</TypeInnholdIMelding><OpplysningOpphold>"
                + event("1", "Pasient innlagt", admitted, False) + "</OpplysningOpphold><MedisinskfagligeOpplysninger>"
                + f'<epj2:GenereltJournalnotat m1:informasjonskategori="Andre notater" komponentID="{m["msgId"]}"'
                ' m1:komponenttype="2.16.578.1.12.4.1.6.13.11009.0" m1:basiskomponenttype="EPJ dokument"><epj2:Journaltekst>'
                '<epj2:Overskriftskode V="1" DN="Pasientens status" S="2.16.578.1.12.4.1.1.9145"/>'
                f'<epj2:Notat>{m.get("note", "Stabil, mobiliseres med rullator.")}</epj2:Notat></epj2:Journaltekst></epj2:GenereltJournalnotat>'
                "</MedisinskfagligeOpplysninger></p5:HelseopplysningerVedSoknad>")
    if t == "INNLEGGELSESRAPPORT":
        return (f'<p7:Innleggelsesrapport xmlns:p7="http://www.kith.no/xmlstds/po/Innleggelsesrapport/2012-04-01"{EPJ}>'
                + status(st) + unit(sender) + person("AnsvarForRapport", "AnsvarligRapport", False)
                + nursing_note(m.get("note", "Hjemmesykepleie to ganger daglig, bor alene.")) + "</p7:Innleggelsesrapport>")
    if t == "UTSKRIVNINGSRAPPORT":
        stays = "".join(
            f"<OpplysningOpphold><TidsfestetHendelse><BeskrivelseAvHendelse>{label}</BeskrivelseAvHendelse>"
            f'<TidspunktForHendelse V="{value}"/><Anslag>false</Anslag></TidsfestetHendelse></OpplysningOpphold>'
            for label, value in (("Innlagt dato", admitted), ("Utskrevet dato", when)))
        return (f'<p8:TverrfagligEpikrise xmlns:p8="http://www.kith.no/xmlstds/po/TverrfagligEpikrise/2012-04-01"{EPJ}>'
                + status(st) + unit(sender) + person("KontaktpersonHelsepersonell", "Kontaktperson", False)
                + '<TypeInnholdIMelding><TypeInnhold V="11" DN="Utskrivningsrapport" S="2.16.578.1.12.4.1.1.9139"/></TypeInnholdIMelding>'
                + stays + nursing_note("Mobiliseres med rullator, trenger hjelp til dusj.") + "</p8:TverrfagligEpikrise>")
    if t == "DIALOG_HELSEFAGLIG":
        return ('<Dialogmelding xmlns="http://www.kith.no/xmlstds/dialog/2013-01-23" xmlns:fk1="http://www.kith.no/xmlstds/felleskomponent1">'
                '<Notat><TemaKodet V="6" DN="Henvendelse om pasient" S="2.16.578.1.12.4.1.1.7322"/>'
                f'<Tema>{m.get("topic", "Svar på melding om utskrivningsklar pasient")}</Tema>'
                f'<TekstNotatInnhold>{m.get("note", "Kommunen tar imot pasienten i morgen formiddag; hjemmesykepleie morgen og kveld. Send med medisiner for to døgn.")}</TekstNotatInnhold>'
                "</Notat></Dialogmelding>")
    raise ValueError(t)


def apprec(m, originals):
    """A standalone AppRec 1.1 for the message in file m['ack'] (HIS 80415): sender and receiver
    swapped unless the case says otherwise; OriginalMsgId echoes the type, GenDate and MsgId."""
    original = originals[m["ack"]]
    sender = m.get("from", original.get("receiver") or (MUNICIPALITY if original["sender"] is HOSPITAL else HOSPITAL))
    receiver = m.get("to", original["sender"])
    st = m.get("status", "1")
    errors = "".join(f'\n  <Error V="{code}" DN="{APPREC_ERRORS[code]}" S="2.16.578.1.12.4.1.1.8221"/>' for code in m.get("errors", []))

    def hcp(org):
        name, her, unit_name, unit_her = org
        return (f"<HCP><Inst><Name>{name}</Name><Id>{her}</Id><TypeId V=\"HER\" DN=\"HER-id\"/>"
                f"<Dept><Name>{unit_name}</Name><Id>{unit_her}</Id><TypeId V=\"HER\" DN=\"HER-id\"/></Dept></Inst></HCP>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- PLOKit flow fixture: Applikasjonskvittering, fictional organisations. -->
<AppRec xmlns="http://www.kith.no/xmlstds/apprec/2012-02-15">
  <MsgType V="APPREC" DN="Applikasjonskvittering"/>
  <MIGversion>v1.1 2012-02-15</MIGversion>
  <GenDate>{m['time']}</GenDate>
  <Id>{m['msgId']}</Id>
  <Sender>{hcp(sender)}</Sender>
  <Receiver>{hcp(receiver)}</Receiver>
  <Status V="{st}" DN="{'OK' if st == '1' else 'Avvist'}"/>{errors}
  <OriginalMsgId>
    <MsgType V="{original['type']}" DN="{DN[original['type']]}"/>
    <IssueDate>{original['time']}</IssueDate>
    <Id>{original['msgId']}</Id>
  </OriginalMsgId>
</AppRec>
"""


def message(m, patient, admitted):
    sender = m["sender"]
    receiver = m.get("receiver") or (MUNICIPALITY if sender is HOSPITAL else HOSPITAL)
    ref = f"<ConversationRef><RefToParent>{m['ref']}</RefToParent><RefToConversation>{m['ref']}</RefToConversation></ConversationRef>" if m.get("ref") else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- PLOKit flow fixture: {DN[m['type']]}, fictional persons and organisations. -->
<MsgHead xmlns="http://www.kith.no/xmlstds/msghead/2006-05-24">
  <MsgInfo>
    <Type V="{m['type']}" DN="{DN[m['type']]}"/>
    <MIGversion>v1.2 2006-05-24</MIGversion>
    <GenDate>{m['time']}</GenDate>
    <MsgId>{m['msgId']}</MsgId>
    {ref}
{party('Sender', sender)}{party('Receiver', receiver)}    <Patient>
      <FamilyName>Testesen</FamilyName>
      <GivenName>{patient[1]}</GivenName>
      <Ident>
        <Id>{patient[0]}</Id>
        <TypeId V="FNR" DN="Fødselsnummer" S="2.16.578.1.12.4.1.1.8116"/>
      </Ident>
    </Patient>
  </MsgInfo>
  <Document>
    <RefDoc>
      <IssueDate V="{m['time']}"/>
      <MsgType V="XML" DN="XML-instans"/>
      <Content>
        {content(m, admitted)}
      </Content>
    </RefDoc>
  </Document>
</MsgHead>
"""


H, K = HOSPITAL, MUNICIPALITY


def standard(day="2026-03-02", ready="2026-03-04", out="2026-03-05"):
    """The clean discharge: admission Monday, report, varsel, update, utskrivningsklar, the municipality's
    answer (Dialogmelding), report, utskrevet."""
    return [
        dict(file="01-innlagt.xml", time=f"{day}T09:40:00", type="LOG_INNLAGT", sender=H),
        dict(file="02-innleggelsesrapport.xml", time=f"{day}T11:05:00", type="INNLEGGELSESRAPPORT", sender=K),
        dict(file="03-helseopplysninger.xml", time=f"{day}T15:20:00", type="HELSEOPPL_SOKNAD", sender=H),
        dict(file="04-helseopplysninger-oppdatert.xml", time=f"{ready}T10:30:00", type="HELSEOPPL_SOKNAD", sender=H, updated=True),
        dict(file="05-utskrivningsklar.xml", time=f"{ready}T11:00:00", type="LOG_UTSKRIVNINGSKLAR", sender=H),
        dict(file="05b-svar.xml", time=f"{ready}T12:10:00", type="DIALOG_HELSEFAGLIG", sender=K, ref="05-utskrivningsklar.xml"),
        dict(file="06-utskrivningsrapport.xml", time=f"{out}T10:15:00", type="UTSKRIVNINGSRAPPORT", sender=H),
        dict(file="07-utskrevet.xml", time=f"{out}T10:20:00", type="LOG_UTSKREVET", sender=H),
    ]


def acks(base, late_after=None):
    """An AppRec (OK) from the receiver for every message, a minute after it."""
    out = []
    for m in base:
        if m.get("type") in (None, "APPREC") or "copy_of" in m:
            continue
        hh, mm = int(m["time"][11:13]), int(m["time"][14:16]) + 1
        out.append(dict(file="r-" + m["file"], time=f"{m['time'][:11]}{hh:02d}:{mm:02d}:30", type="APPREC", ack=m["file"]))
    return base + out


def with_end(base):
    """The input reaches 96 h past every message (so FLOW-APPREC-MISSING judges them all): the
    AppRec for the discharge comes exactly 96 h after it — still in time."""
    for m in base:
        if m["file"] == "r-07-utskrevet.xml":
            m["time"] = "2026-03-09T10:20:00"
    return base


def edit(base, name, **changes):
    for m in base:
        if m["file"] == name:
            m.update(changes)
    return base


def drop(base, *names):
    return [m for m in base if m["file"] not in names]


def case_window():
    b = standard(day="2026-03-05", ready="2026-03-06", out="2026-03-09")
    return edit(b, "05-utskrivningsklar.xml", time="2026-03-06T15:00:00")


def case_duplicate():
    b = standard()
    b.append(dict(file="03b-helseopplysninger-rettet.xml", time="2026-03-02T15:40:00", type="HELSEOPPL_SOKNAD", sender=H,
                  same_id_as="03-helseopplysninger.xml", updated=True, note="Rettet versjon: stabil, mobiliseres med rullator."))
    return b


def case_resend():
    b = standard()
    b.append(dict(file="03-helseopplysninger-kopi.xml", copy_of="03-helseopplysninger.xml"))
    return b


def case_out_of_order():
    names = {"01-innlagt.xml": "z-innlagt.xml", "07-utskrevet.xml": "a-utskrevet.xml", "05-utskrivningsklar.xml": "b-utskrivningsklar.xml",
             "02-innleggelsesrapport.xml": "y-innleggelsesrapport.xml"}
    b = standard()
    for m in b:
        m["file"] = names.get(m["file"], m["file"])
        if m.get("ref"):
            m["ref"] = names.get(m["ref"], m["ref"])
    return b


def case_late_innlagt():
    b = standard()
    b = edit(b, "01-innlagt.xml", time="2026-03-03T09:00:00", admitted="2026-03-02T09:15:00")
    b = edit(b, "02-innleggelsesrapport.xml", time="2026-03-03T11:30:00")
    return edit(b, "03-helseopplysninger.xml", time="2026-03-03T10:00:00")


def case_apprec_faults():
    b = acks(standard())
    b = drop(b, "r-05-utskrivningsklar.xml", "r-03-helseopplysninger.xml", "r-07-utskrevet.xml", "r-06-utskrivningsrapport.xml")
    b.append(dict(file="r-04b-dobbel.xml", time="2026-03-04T10:40:00", type="APPREC", ack="04-helseopplysninger-oppdatert.xml"))
    b.append(dict(file="r-03-helseopplysninger.xml", time="2026-03-02T15:21:30", type="APPREC", ack="03-helseopplysninger.xml",
                  **{"from": ("Nabovik kommune", "8290001", "Tildelingskontoret", "8290002")}))
    b.append(dict(file="r-06-utskrivningsrapport.xml", time="2026-03-05T10:16:30", type="APPREC", ack="06-utskrivningsrapport.xml",
                  status="2", errors=["E35"]))
    b.append(dict(file="06-utskrivningsrapport-igjen.xml", copy_of="06-utskrivningsrapport.xml"))
    b.append(dict(file="r-07-utskrevet.xml", time="2026-03-10T12:00:00", type="APPREC", ack="07-utskrevet.xml"))
    return b


def case_apprec_rejected_resent():
    b = acks(standard())
    b = drop(b, "r-06-utskrivningsrapport.xml")
    b.append(dict(file="r-06-utskrivningsrapport.xml", time="2026-03-05T10:16:30", type="APPREC", ack="06-utskrivningsrapport.xml",
                  status="2", errors=["E35"]))
    b.append(dict(file="06b-utskrivningsrapport-ny.xml", time="2026-03-05T10:18:00", type="UTSKRIVNINGSRAPPORT", sender=H))
    b.append(dict(file="r-06b-utskrivningsrapport-ny.xml", time="2026-03-05T10:19:00", type="APPREC", ack="06b-utskrivningsrapport-ny.xml"))
    return b


CASES = {
    # name: (messages, [(rule, severity, [files])])
    "clean-discharge": (standard(), []),
    "out-of-order": (case_out_of_order(), []),
    "resend": (case_resend(), []),
    "no-admission": (drop(standard(), "01-innlagt.xml", "02-innleggelsesrapport.xml", "03-helseopplysninger.xml"),
                     [("FLOW-NO-ADMISSION", "warning", ["04-helseopplysninger-oppdatert.xml"]),
                      ("FLOW-HELSEOPPL-SEQUENCE", "error", ["04-helseopplysninger-oppdatert.xml"])]),
    # A patient new to municipal services: the varsel (TypeInnhold 1) opens the stay (HIS 1144 §1, HIS 1149 3.2);
    # no LOG_INNLAGT, no Innleggelsesrapport. FLOW-NO-ADMISSION is info; 24 h from the admission in the varsel.
    "new-patient": (edit(drop(standard(), "01-innlagt.xml", "02-innleggelsesrapport.xml"), "03-helseopplysninger.xml",
                         admitted="2026-03-02T09:15:00"),
                    [], [("FLOW-NO-ADMISSION", "info", ["03-helseopplysninger.xml"])]),
    "new-patient-late-varsel": (edit(drop(standard(), "01-innlagt.xml", "02-innleggelsesrapport.xml"), "03-helseopplysninger.xml",
                                     admitted="2026-03-01T09:15:00"),
                                [("FLOW-DEADLINE-HOSPITAL-INFO-24H", "error", ["03-helseopplysninger.xml"])],
                                [("FLOW-NO-ADMISSION", "info", ["03-helseopplysninger.xml"])]),
    # Death in hospital: LOG_UTSKREVET with Uttilstand 2, no Utskrivningsrapport, no answer needed; LOG_DOD
    # (municipality → GP, HIS 1149 3.6) is not stay traffic.
    "death": (edit(drop(standard(), "05b-svar.xml", "06-utskrivningsrapport.xml"), "07-utskrevet.xml", death=True)
              + [dict(file="08-dod.xml", time="2026-03-05T13:00:00", type="LOG_DOD", sender=K, receiver=GP)],
              [], [], 1),
    # 4 h from LOG_INNLAGT's GenDate, 24 h from the admission (09:15 the day before): a late LOG_INNLAGT hides nothing.
    "late-innlagt": (case_late_innlagt(),
                     [("FLOW-DEADLINE-HOSPITAL-INFO-24H", "error", ["01-innlagt.xml"]),
                      ("FLOW-DEADLINE-INNLEGGELSESRAPPORT-1D", "error", ["01-innlagt.xml", "02-innleggelsesrapport.xml"])]),
    "national-late-innleggelsesrapport": (edit(standard(), "02-innleggelsesrapport.xml", time="2026-03-03T10:00:00"),
                                          [("FLOW-DEADLINE-INNLEGGELSESRAPPORT-1D", "error", ["01-innlagt.xml", "02-innleggelsesrapport.xml"])],
                                          [], 0, "national"),
    "national-report-next-day": (edit(standard(), "06-utskrivningsrapport.xml", time="2026-03-06T09:00:00"),
                                 [("FLOW-UTSKREVET-WITHOUT-REPORT", "warning", ["07-utskrevet.xml"])], [], 0, "national"),
    "resend-innlagt": (standard() + [dict(file="01b-innlagt-igjen.xml", time="2026-03-02T10:30:00", type="LOG_INNLAGT", sender=H)],
                       [], [("FLOW-RESEND", "info", ["01b-innlagt-igjen.xml", "01-innlagt.xml"])]),
    "helseoppl-sequence": (edit(edit(standard(), "03-helseopplysninger.xml", updated=True), "04-helseopplysninger-oppdatert.xml", updated=False),
                           [("FLOW-HELSEOPPL-SEQUENCE", "error", ["03-helseopplysninger.xml"]),
                            ("FLOW-HELSEOPPL-SEQUENCE", "error", ["04-helseopplysninger-oppdatert.xml"])]),
    "utskrivningsklar-after-varsel-only": (drop(standard(), "04-helseopplysninger-oppdatert.xml"),
                                           [("FLOW-ORDER-HELSEOPPL-BEFORE-UTSKRIVNINGSKLAR", "error", ["05-utskrivningsklar.xml"])]),
    "answer": (standard(), []),
    "self-discharge": (drop(standard(), "05b-svar.xml"), [], [("FLOW-SELF-DISCHARGE", "info", ["07-utskrevet.xml", "05-utskrivningsklar.xml"])]),
    "utskrevet-before-answer": (edit(drop(standard(), "05b-svar.xml"), "06-utskrivningsrapport.xml", time="2026-03-05T10:25:00"),
                                [("FLOW-UTSKREVET-BEFORE-ANSWER", "warning", ["07-utskrevet.xml", "05-utskrivningsklar.xml"]),
                                 ("FLOW-UTSKREVET-WITHOUT-REPORT", "warning", ["07-utskrevet.xml", "06-utskrivningsrapport.xml"])]),
    "apprec-clean": (with_end(acks(standard())), []),
    "apprec-faults": (case_apprec_faults(),
                      [("FLOW-APPREC-MISSING", "warning", ["05-utskrivningsklar.xml"]),
                       ("FLOW-APPREC-MISSING", "warning", ["07-utskrevet.xml", "r-07-utskrevet.xml"]),
                       ("FLOW-APPREC-DUPLICATE", "error", ["r-04-helseopplysninger-oppdatert.xml", "r-04b-dobbel.xml",
                                                           "04-helseopplysninger-oppdatert.xml"]),
                       ("FLOW-APPREC-PARTIES", "error", ["r-03-helseopplysninger.xml", "03-helseopplysninger.xml"]),
                       ("FLOW-APPREC-RESEND-SAME-MSGID", "error", ["06-utskrivningsrapport.xml", "06-utskrivningsrapport-igjen.xml"])]),
    "apprec-rejected-resent": (with_end(case_apprec_rejected_resent()), [],
                               [("FLOW-RESEND", "info", ["06b-utskrivningsrapport-ny.xml", "06-utskrivningsrapport.xml"])]),
    "late-innleggelsesrapport": (edit(edit(standard(), "01-innlagt.xml", time="2026-03-02T09:45:00"),
                                      "02-innleggelsesrapport.xml", time="2026-03-02T14:10:00"),
                                 [("FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H", "error", ["01-innlagt.xml", "02-innleggelsesrapport.xml"])]),
    "late-supplement": (standard() + [dict(file="02b-innleggelsesrapport-tillegg.xml", time="2026-03-03T10:15:00",
                                           type="INNLEGGELSESRAPPORT", status="A", sender=K, note="Tillegg: pasienten har trygghetsalarm.")],
                        [("FLOW-DEADLINE-SUPPLEMENT-24H", "warning", ["02b-innleggelsesrapport-tillegg.xml"])]),
    "late-hospital-info": (edit(standard(), "03-helseopplysninger.xml", time="2026-03-03T10:00:00"),
                           [("FLOW-DEADLINE-HOSPITAL-INFO-24H", "error", ["01-innlagt.xml"])]),
    "utskrivningsklar-before-helseopplysninger": (
        drop(edit(edit(standard(), "05-utskrivningsklar.xml", time="2026-03-02T13:00:00"),
                  "03-helseopplysninger.xml", time="2026-03-02T14:00:00"), "04-helseopplysninger-oppdatert.xml"),
        [("FLOW-ORDER-HELSEOPPL-BEFORE-UTSKRIVNINGSKLAR", "error", ["05-utskrivningsklar.xml"])]),
    "utskrivningsklar-after-window": (case_window(), [("FLOW-WINDOW-UTSKRIVNINGSKLAR", "warning", ["05-utskrivningsklar.xml"])]),
    "avmelding-without-utskrivningsklar": (
        standard() + [dict(file="03b-avmelding.xml", time="2026-03-03T10:00:00", type="LOG_AVMELDING", sender=H)],
        [("FLOW-AVMELDING-WITHOUT-UTSKRIVNINGSKLAR", "error", ["03b-avmelding.xml"])]),
    "utskrevet-without-report": (drop(standard(), "06-utskrivningsrapport.xml"),
                                 [("FLOW-UTSKREVET-WITHOUT-REPORT", "warning", ["07-utskrevet.xml"])]),
    "after-utskrevet": (standard() + [dict(file="08-helseopplysninger-etter.xml", time="2026-03-05T12:30:00", type="HELSEOPPL_SOKNAD",
                                           sender=H, updated=True)],
                        [("FLOW-AFTER-UTSKREVET", "warning", ["08-helseopplysninger-etter.xml"])]),
    "duplicate-msgid": (case_duplicate(), [("FLOW-DUPLICATE-MSGID", "error", ["03-helseopplysninger.xml", "03b-helseopplysninger-rettet.xml"])]),
    "correction-target": (standard() + [dict(file="02b-innleggelsesrapport-endring.xml", time="2026-03-02T12:00:00", type="INNLEGGELSESRAPPORT",
                                             status="M", sender=K, ref="6f1d2a3b-0000-4000-8000-0000deadbeef",
                                             note="Endring: hjemmesykepleie tre ganger daglig.")],
                          [("FLOW-CORRECTION-TARGET", "warning", ["02b-innleggelsesrapport-endring.xml"])]),
}

GIVEN = ["Kari", "Ola", "Ingrid", "Nils", "Astrid", "Lars", "Sigrid", "Olav", "Berit", "Knut", "Solveig", "Arne", "Marit", "Jon", "Randi"]


def main():
    individual = 100
    for number, (name, spec) in enumerate(CASES.items(), start=1):
        msgs, expected = spec[0], spec[1]
        info = spec[2] if len(spec) > 2 else []
        unassigned = spec[3] if len(spec) > 3 else 0
        profile = spec[4] if len(spec) > 4 else None
        folder = os.path.join(HERE, name)
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        patient = None
        while patient is None:
            individual += 1
            patient = synthetic_fnr(12, 4, 56, individual)
        patient = (patient, GIVEN[number % len(GIVEN)])
        admitted = next((m.get("admitted") or m["time"][:11] + "09:15:00" for m in msgs if m.get("type") == "LOG_INNLAGT"),
                        "2026-03-02T09:15:00")
        ids = {}
        written = {}
        for index, m in enumerate(msgs, start=1):
            if "copy_of" in m:
                continue
            ids[m["file"]] = f"6f1d2a3b-{number:04d}-4000-8000-{index:012d}"
        originals = {}
        for m in msgs:
            if "copy_of" in m:
                continue
            m["msgId"] = ids[m.get("same_id_as", m["file"])]
            if m.get("ref") and m["ref"] in ids:
                m["ref"] = ids[m["ref"]]
            originals[m["file"]] = m
        for m in msgs:
            if "copy_of" in m:
                continue
            text = apprec(m, originals) if m["type"] == "APPREC" else message(m, patient, admitted)
            written[m["file"]] = text
        for m in msgs:
            if "copy_of" in m:
                written[m["file"]] = written[m["copy_of"]]
        for file, text in written.items():
            with open(os.path.join(folder, file), "w", encoding="utf-8") as out:
                out.write(text)
        with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as out:
            document = {"findings": [{"rule": r, "severity": s, "files": f} for r, s, f in expected]}
            if info:
                # FLOW-* info findings, compared exactly when present (plo flow's own info, not PLO-PATIENT-ID).
                document["flowInfo"] = [{"rule": r, "severity": s, "files": f} for r, s, f in info]
            if unassigned:
                document["unassigned"] = unassigned
            if profile:
                document["profile"] = profile
            json.dump(document, out, indent=2, ensure_ascii=False)
            out.write("\n")


if __name__ == "__main__":
    main()
