"""
News and photo agencies: canonical names and the aliases credit lines use.

Sources: Wikipedia, "List of news agencies" (the agencies' own names and abbreviations), and the
agencies' style guides for their house credits ("AP", "AFP", "Reuters", "dpa" in lower case).
Only names that appear in credits belong here; outlets credited for reporting ("With
reporting by Haaretz") are kept as written and need no entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

__all__ = ["AGENCIES", "canonical_agency"]

# canonical name -> other spellings seen in credits (the canonical one is matched too)
_TABLE: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("AP", ("Associated Press", "The Associated Press", "AP Photo", "AP Photos")),
    ("AFP", ("Agence France-Presse", "Agence France Presse", "AFP Photo", "AFP/Getty Images")),
    ("Reuters", ("Reuter", "Thomson Reuters", "Reuters Photo")),
    ("dpa", ("Deutsche Presse-Agentur", "Deutsche Presse Agentur")),
    ("TASS", ("TASS News Agency",)),
    # the agency's name from 1992 to 2014: copy of those years credits it so, kept as credited
    ("ITAR-TASS", ("Itar-Tass", "ITAR-TASS News Agency")),
    ("UPI", ("United Press International",)),
    # United Press Associations, Scripps's wire until its 1958 merger with INS into UPI; its
    # datelines credit "(UP)"
    ("UP", ("United Press", "United Press Associations")),
    # UP's British service until 1958; its datelines credit "(BUP)"
    ("BUP", ("British United Press",)),
    # the North American Newspaper Alliance, a syndicate whose copy credits "(NANA)"
    ("NANA", ("North American Newspaper Alliance",)),
    # Hearst's wire until its 1958 merger into UPI; its datelines credit "(INS)"
    ("INS", ("International News Service",)),
    ("Xinhua", ("Xinhua News Agency",)),
    # the same agency under its Wade-Giles name, which its English copy used until 1979 and
    # archives keep as credited: "PEKING, April 18 (HSINHUA) --"
    ("Hsinhua", ("Hsinhua News Agency",)),
    # its name in English copy until the late 1970s: kept as credited, as ITAR-TASS is
    ("New China News Agency", ("NCNA",)),
    # the agency's house credit on its English service is its full name; pages that carry
    # its copy credit it by its initials ("WITH AA", "(AA Photo)"): each form is kept as
    # credited, as for The Canadian Press below
    ("Anadolu Agency", ("Anadolu News Agency", "Anadolu Ajansi", "Anadolu Ajans\u0131")),
    ("AA", ("AA Photo",)),
    # its short name in datelines ("ISLAMABAD (Anadolu) -"), kept as credited too
    ("Anadolu", ()),
    ("Kyodo", ("Kyodo News", "Kyodo News Agency")),
    ("Yonhap", ("Yonhap News Agency", "Yonhap News")),
    # South Korea's private wires (Wikipedia, "Newsis", "News1 Korea"), credited under photos
    # and in datelines by their names alone
    ("Newsis", ("Newsis News Agency",)),
    ("News1", ("News1 Korea", "News 1")),
    ("EFE", ("Agencia EFE",)),
    ("ANSA", ("Agenzia Nazionale Stampa Associata",)),
    ("PTI", ("Press Trust of India",)),
    ("IANS", ("Indo-Asian News Service",)),
    ("ANI", ("Asian News International",)),
    # the Times of India group's own wire, credited in its bylines ("Name / TNN")
    ("TNN", ("Times News Network",)),
    ("Interfax", ("Interfax News Agency", "Interfax-Ukraine")),
    ("RIA Novosti", ("RIA", "RIA-Novosti")),
    ("Sputnik", ("Sputnik News",)),
    ("Tazpit Press Agency", ("TPS", "Tazpit News Agency")),
    ("Bloomberg", ("Bloomberg News",)),
    ("Jiji Press", ("Jiji",)),
    ("KCNA", ("Korean Central News Agency",)),
    ("IRNA", ("Islamic Republic News Agency",)),
    ("WAFA", ("Palestinian News and Info Agency",)),
    ("MENA", ("Middle East News Agency",)),
    ("SANA", ("Syrian Arab News Agency",)),
    ("Bernama", ("Malaysian National News Agency",)),
    ("Antara", ("Antara News Agency",)),
    ("Ukrinform", ()),
    ("CNA", ("Central News Agency",)),
    ("AAP", ("Australian Associated Press", "A.A.P.")),
    # the Press Association has traded as PA Media since 2018; as with CP below, each form
    # is kept as credited: "(PA)" in a dateline is "PA", a photo credit "PA Media"
    ("PA Media", ("PA Wire", "PA Images")),
    ("PA", ("Press Association",)),
    # its house credit in datelines is "(CP)", as AP's is "(AP)"; its photo and byline credits
    # spell the name out ("Jane Doe/The Canadian Press", "With files from Canadian Press"):
    # each form is kept as credited, with or without its article
    ("CP", ()),
    ("The Canadian Press", ()),
    ("Canadian Press", ()),
    ("KUNA", ("Kuwait News Agency",)),
    ("SPA", ("Saudi Press Agency",)),
    ("WAM", ("Emirates News Agency",)),
    ("QNA", ("Qatar News Agency",)),
    ("Petra", ("Jordan News Agency",)),
    ("Fars", ("Fars News Agency",)),
    ("Tasnim", ("Tasnim News Agency",)),
    ("ISNA", ("Iranian Students' News Agency",)),
    ("Mehr", ("Mehr News Agency",)),
    ("Notimex", ()),
    ("BTA", ("Bulgarian News Agency",)),
    ("PAP", ("Polish Press Agency",)),
    ("CTK", ("Czech News Agency",)),
    ("MTI", ("Hungarian News Agency",)),
    ("Belga", ()),
    ("ANP", ()),
    ("Ritzau", ()),
    ("Lusa", ("Agência Lusa", "Agencia Lusa", "Lusa News Agency")),
    ("Prensa Latina", ()),
    ("NA", ("Noticias Argentinas",)),
    ("Télam", ("Telam",)),
    ("Agência Brasil", ("Agencia Brasil",)),
    ("Europa Press", ()),
    ("Adnkronos", ()),
    ("ANA-MPA", ("Athens-Macedonian News Agency",)),
    ("Agerpres", ()),
    ("Hina", ("Croatian News Agency",)),
    ("Tanjug", ()),
    ("Keystone-SDA", ("SDA", "Keystone-ATS")),
    ("APA", ("Austria Presse Agentur",)),
    ("STT", ("Finnish News Agency",)),
    ("NTB", ("Norsk Telegrambyrå",)),
    ("BelTA", ("Belarusian Telegraph Agency",)),
    ("Kazinform", ()),
    # the Baltic states' wires: Baltic News Service, Lithuania's ELTA, Latvia's LETA
    ("BNS", ("Baltic News Service",)),
    ("ELTA", ()),
    ("LETA", ()),
    # Tajikistan's and Kyrgyzstan's state agencies; Polish Radio's Information Agency
    ("Khovar", ()),
    ("Kabar", ()),
    # Moldova's state agency, its datelines signed "CHISINAU, 22 October /MOLDPRES/."
    ("Moldpres", ("Moldpres State News Agency",)),
    ("IAR", ("Informacyjna Agencja Radiowa",)),
    ("Azertac", ("AZERTAC", "Azertag")),
    # Azerbaijan's private agency (Wikipedia, "Trend News Agency")
    ("Trend", ("Trend News Agency",)),
    ("Armenpress", ()),
    ("VNA", ("Vietnam News Agency",)),
    ("PNA", ("Philippine News Agency",)),
    ("BSS", ("Bangladesh Sangbad Sangstha",)),
    # Mongolia's state agency, its datelines signed "Ulaanbaatar /MONTSAME/."
    ("MONTSAME", ("Montsame", "Mongolian National News Agency")),
    # Finland's photo agency (owned by STT), credited under pictures: "Image: Lehtikuva"
    ("Lehtikuva", ()),
    ("APP", ("Associated Press of Pakistan",)),
    # Lebanon's agency; "National News Agency" alone is many countries' agency's name (it is
    # kept as credited, no alias)
    ("NNA", ()),
    # Morocco's national agency (Maghreb Arabe Presse), its wires signed "MAP"
    ("MAP", ("Maghreb Arabe Presse", "Agence Maghreb Arabe Presse")),
    # Algeria's and Senegal's national agencies share the initials
    ("APS", ("Algerie Presse Service", "Algérie Presse Service", "Agence de Presse Sénégalaise")),
    ("TAP", ("Tunis Afrique Presse",)),
    ("SUNA", ("Sudan News Agency",)),
    # Libya's state agency: the Jamahiriya News Agency (1964-2011, its copy credited "JANA"),
    # the Libya News Agency since (Wikipedia, "Libya News Agency")
    ("JANA", ("Jamahiriya News Agency", "Libyan Arab News Agency")),
    ("LANA", ("Libya News Agency", "Libyan News Agency")),
    ("NAN", ("News Agency of Nigeria",)),
    # Zimbabwe's national agency from 1981, credited "(ZANA)" in datelines; New Ziana since
    ("ZANA", ("Zimbabwe Inter-Africa News Agency", "Ziana", "New Ziana")),
    ("KPL", ("Lao News Agency",)),
    ("Andina", ("Agencia Andina", "Andina News Agency")),
    # the Caribbean's regional agency (Caribbean Media Corporation), its copy credited "CMC"
    ("CMC", ("Caribbean Media Corporation",)),
    ("GNA", ("Ghana News Agency",)),
    ("KNA", ("Kenya News Agency",)),
    ("ENA", ("Ethiopian News Agency",)),
    ("China News Service", ("CNS",)),
    # the Rome-based agency of the global South; archives file it as "IPS-Inter Press Service"
    ("IPS", ("Inter Press Service", "IPS-Inter Press Service", "Inter Press Service News Agency")),
    # Oman's, Bahrain's, Iraq's and Yemen's national agencies
    ("ONA", ("Oman News Agency",)),
    ("BNA", ("Bahrain News Agency",)),
    ("INA", ("Iraqi News Agency",)),
    ("Saba", ("Saba News Agency", "Yemen News Agency")),
    # Italy's second wire (Agenzia Giornalistica Italia) and its Mediterranean service
    ("AGI", ("Agenzia Giornalistica Italia", "Agenzia Italia")),
    ("ANSAmed", ()),
    ("LaPresse", ()),
    # the Jewish wires: the Jewish Telegraphic Agency (from 1917) and the Jewish News Syndicate
    ("JTA", ("Jewish Telegraphic Agency",)),
    ("JNS", ("Jewish News Syndicate",)),
    # the Balkans' and the Baltic's smaller national agencies
    ("STA", ("Slovenian Press Agency",)),
    ("MIA", ("Media Information Agency",)),
    ("TASR", ("News Agency of the Slovak Republic",)),
    ("Fena", ("Federal News Agency",)),
    ("ATA", ("Albanian Telegraphic Agency",)),
    ("TT", ("Tidningarnas Telegrambyrå",)),
    # Nepal's, Cambodia's, Thailand's and Uzbekistan's national agencies
    ("RSS", ("Rastriya Samachar Samiti", "Rashtriya Samachar Samiti")),
    ("AKP", ("Agence Kampuchea Presse",)),
    ("TNA", ("Thai News Agency",)),
    ("UzA", ("National News Agency of Uzbekistan",)),
    ("UNI", ("United News of India",)),
    ("UNIAN", ()),
    # Africa's: Namibia's, Angola's, Mozambique's and Zambia's national agencies
    ("Nampa", ("Namibia Press Agency",)),
    # Sri Lanka's national news agency (the government's Department of Government Information)
    ("Lankapuvath", ("Lanka Puvath", "Lankapuvath National News Agency")),
    ("ANGOP", ("Angola Press Agency", "Angola Press")),
    ("AIM", ("Agencia de Informacao de Mocambique",)),
    ("ZANIS", ("Zambia News and Information Services",)),
    # and Malawi's (the Malawi News Agency, credited "Mana" in photo lines)
    ("MANA", ("Malawi News Agency", "Mana")),
    # governments' press offices, credited for the photos and copy they hand out: Cyprus's
    # Press and Information Office ("Photo: PIO"), Israel's Government Press Office ("Name/GPO");
    # source: the offices' Wikipedia articles
    ("PIO", ("Press and Information Office",)),
    ("GPO", ("Government Press Office",)),
    # Dominica's Government Information Service, credited for the photos it hands out
    # ("Photo credit: GIS Dominica"); source: the service's own site.  (Jamaica's JIS is no
    # entry: its own releases close on its slug, "JIS/ABC/DE", which credits no one.)
    ("GIS Dominica", ("Government Information Service Dominica",)),
    ("EPA", ("European Pressphoto Agency", "EPA-EFE")),
    ("Getty Images", ("Getty",)),
    # dpa's picture agency, credited beside it in photo lines ("Name/dpa/picture alliance")
    ("picture alliance", ("picture-alliance", "Picture Alliance")),
    ("Sipa", ("Sipa Press",)),
    # photo agencies credited in captions (Mexico's Cuartoscuro, Chile's Aton, the Nordic
    # Scanpix; the stock and news-photo agencies NurPhoto, LightRocket, ZUMA, SOPA,
    # Shutterstock, Alamy)
    ("Cuartoscuro", ()),
    ("Aton Chile", ("Agencia Aton",)),
    ("Scanpix", ()),
    ("NurPhoto", ()),
    ("LightRocket", ()),
    ("ZUMA Press", ("ZUMA", "ZUMA Wire", "Zuma Press")),
    ("SOPA Images", ()),
    ("Shutterstock", ()),
    ("Alamy", ("Alamy Stock Photo",)),
    ("Abaca", ("Abaca Press",)),
    ("Imago", ("IMAGO",)),
    ("Keystone", ()),
)

AGENCIES: Final[Mapping[str, str]] = {
    # (keyed as looked up: without a closing full stop, "A.A.P." as "a.a.p")
    alias.strip(" .").casefold(): canonical
    for canonical, aliases in _TABLE
    for alias in (canonical, *aliases)
}
"""Case-folded name or alias -> canonical agency name."""


def canonical_agency(name: str) -> str | None:
    """Return the canonical name of the agency called ``name``, or ``None`` if unknown."""
    return AGENCIES.get(" ".join(name.split()).strip(" .").casefold())
