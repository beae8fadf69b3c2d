"""
Buildings where leaders meet, named without their city ("talks at the Kremlin").

Source: the official seats of heads of state and government and of foreign ministries as
listed on their own sites and in the CIA World Factbook ("Government" entries), plus summit
venues that wire services name alone.  Each maps to (venue as written in records, ISO
country, city).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

__all__ = ["AT_ONLY_VENUES", "CITY_DISTRICTS", "DATELINE_SEATS", "VENUES"]

#: Venue as written (without "the") -> (venue, ISO country, city or None).
VENUES: Final[Mapping[str, tuple[str, str, str | None]]] = MappingProxyType(
    {
        "Kremlin": ("Kremlin", "RU", "Moscow"),
        "White House": ("White House", "US", "Washington"),
        "Oval Office": ("Oval Office", "US", "Washington"),
        "Camp David": ("Camp David", "US", None),
        "Elysee": ("Elysee", "FR", "Paris"),
        "Élysée": ("Elysee", "FR", "Paris"),
        "Elysee Palace": ("Elysee", "FR", "Paris"),
        "Élysée Palace": ("Elysee", "FR", "Paris"),
        "Downing Street": ("Downing Street", "GB", "London"),
        "Number 10": ("Downing Street", "GB", "London"),
        "Chequers": ("Chequers", "GB", None),
        "Buckingham Palace": ("Buckingham Palace", "GB", "London"),
        # (not "Chancellery" alone: Germany's, Austria's and Poland's prime ministers each
        # have one; see ``_meetings._AT_SEAT_RE``, the host's capital)
        "German Chancellery": ("Chancellery", "DE", "Berlin"),
        "Blue House": ("Blue House", "KR", "Seoul"),
        "Great Hall of the People": ("Great Hall of the People", "CN", "Beijing"),
        "Zhongnanhai": ("Zhongnanhai", "CN", "Beijing"),
        "Quirinale": ("Quirinale", "IT", "Rome"),
        "Palazzo Chigi": ("Palazzo Chigi", "IT", "Rome"),
        "Moncloa": ("Moncloa", "ES", "Madrid"),
        "Rashtrapati Bhavan": ("Rashtrapati Bhavan", "IN", "New Delhi"),
        "Hyderabad House": ("Hyderabad House", "IN", "New Delhi"),
        # Bangladesh: the Prime Minister's official residence and the President's palace
        "Ganabhaban": ("Ganabhaban", "BD", "Dhaka"),
        "Gonobhaban": ("Ganabhaban", "BD", "Dhaka"),
        "Bangabhaban": ("Bangabhaban", "BD", "Dhaka"),
        # Lebanon: the Prime Minister's seat and the Speaker's residence
        "Grand Serail": ("Grand Serail", "LB", "Beirut"),
        "Ain al-Tineh": ("Ain al-Tineh", "LB", "Beirut"),
        "Akasaka Palace": ("Akasaka Palace", "JP", "Tokyo"),
        "Planalto Palace": ("Planalto Palace", "BR", "Brasilia"),
        "Casa Rosada": ("Casa Rosada", "AR", "Buenos Aires"),
        "Los Pinos": ("Los Pinos", "MX", "Mexico City"),
        "Dolmabahce Palace": ("Dolmabahce Palace", "TR", "Istanbul"),
        "Bellevue Palace": ("Bellevue Palace", "DE", "Berlin"),
        "Mariinsky Palace": ("Mariinsky Palace", "UA", "Kyiv"),
        "Yildiz Palace": ("Yildiz Palace", "TR", "Istanbul"),
        "Ak Saray": ("Ak Saray", "TR", "Ankara"),
        "Malacañang": ("Malacañang", "PH", "Manila"),
        "Malacañang Palace": ("Malacañang", "PH", "Manila"),
        "Malacanang": ("Malacañang", "PH", "Manila"),
        "Malacanang Palace": ("Malacañang", "PH", "Manila"),
        "La Moneda": ("La Moneda", "CL", "Santiago"),
        "Palacio de La Moneda": ("La Moneda", "CL", "Santiago"),
        "Itamaraty": ("Itamaraty", "BR", "Brasilia"),
        "Itamaraty Palace": ("Itamaraty", "BR", "Brasilia"),
        "Quai d'Orsay": ("Quai d'Orsay", "FR", "Paris"),
        "Farnesina": ("Farnesina", "IT", "Rome"),
        "Torre Tagle Palace": ("Torre Tagle Palace", "PE", "Lima"),
        "Kantei": ("Kantei", "JP", "Tokyo"),
        "Aso Rock": ("Aso Rock", "NG", "Abuja"),
        "Merdeka Palace": ("Merdeka Palace", "ID", "Jakarta"),
        "Hofburg": ("Hofburg", "AT", "Vienna"),
        "Prague Castle": ("Prague Castle", "CZ", "Prague"),
        "Rideau Hall": ("Rideau Hall", "CA", "Ottawa"),
        "Christiansborg": ("Christiansborg", "DK", "Copenhagen"),
        "Palais des Nations": ("Palais des Nations", "CH", "Geneva"),
        "Palace of Nations": ("Palais des Nations", "CH", "Geneva"),
        # Seats of presidents, governments and foreign ministries added in the tenth session
        # (each as its own government's site names it; the English and local forms).
        "Akorda": ("Akorda", "KZ", "Astana"),
        "Ak Orda": ("Akorda", "KZ", "Astana"),
        "Diaoyutai State Guesthouse": ("Diaoyutai State Guesthouse", "CN", "Beijing"),
        "Diaoyutai": ("Diaoyutai State Guesthouse", "CN", "Beijing"),
        "San Martin Palace": ("San Martin Palace", "AR", "Buenos Aires"),
        "Palacio San Martin": ("San Martin Palace", "AR", "Buenos Aires"),
        "Palacio San Martín": ("San Martin Palace", "AR", "Buenos Aires"),
        "Lester B. Pearson Building": ("Lester B. Pearson Building", "CA", "Ottawa"),
        "Parliament Hill": ("Parliament Hill", "CA", "Ottawa"),
        "APEC Haus": ("APEC Haus", "PG", "Port Moresby"),
        "Wisma Putra": ("Wisma Putra", "MY", "Putrajaya"),
        "Istana Negara": ("Istana Negara", "MY", "Kuala Lumpur"),
        "Miraflores Palace": ("Miraflores Palace", "VE", "Caracas"),
        "Carondelet Palace": ("Carondelet Palace", "EC", "Quito"),
        "Casa de Nariño": ("Casa de Nariño", "CO", "Bogota"),
        "Ittihadiya Palace": ("Ittihadiya Palace", "EG", "Cairo"),
        "Maximos Mansion": ("Maximos Mansion", "GR", "Athens"),
        "Villa Madama": ("Villa Madama", "IT", "Rome"),
        "Egmont Palace": ("Egmont Palace", "BE", "Brussels"),
        "Lancaster House": ("Lancaster House", "GB", "London"),
        "Blair House": ("Blair House", "US", "Washington"),
        "Belweder": ("Belweder", "PL", "Warsaw"),
        # Added in the twelfth session, as each government's site names them.
        "Perdana Putra": ("Perdana Putra", "MY", "Putrajaya"),
        "Seri Perdana": ("Seri Perdana", "MY", "Putrajaya"),
        "Palacio de López": ("Palacio de López", "PY", "Asunción"),
        "Palacio de Lopez": ("Palacio de López", "PY", "Asunción"),
        "López Palace": ("Palacio de López", "PY", "Asunción"),
        "Lopez Palace": ("Palacio de López", "PY", "Asunción"),
        "Aso Villa": ("Aso Rock", "NG", "Abuja"),
        # The US foreign ministry, named alone ("conferred at the State Department"); its
        # site calls its seat, the Harry S Truman Building, in Washington.
        "State Department": ("State Department", "US", "Washington"),
        "Department of State": ("State Department", "US", "Washington"),
        "United Nations headquarters": ("United Nations headquarters", "US", "New York"),
        "UN headquarters": ("United Nations headquarters", "US", "New York"),
        # The organisation named alone is its headquarters only after "at" ("conferred at the
        # United Nations yesterday"; not "the ambassador to the United Nations"): see
        # ``AT_ONLY_VENUES``.
        "United Nations": ("United Nations", "US", "New York"),
    }
)

#: Venues that name a body as well as its seat: a place only after "at".
AT_ONLY_VENUES: Final = frozenset({"United Nations"})

#: Datelines that name a seat, not a city, as wires have written them since the 1950s
#: ("UNITED NATIONS, N.Y., Nov. 7 (AP)"; AP Stylebook, "datelines": the United Nations
#: headquarters in New York) -> the city the seat is in.
DATELINE_SEATS: Final[Mapping[str, str]] = MappingProxyType({"United Nations": "New York"})

#: Boroughs and districts that news names for a meeting held in their city ("met in
#: Manhattan") -> that city, the place a meeting is given (the contract's ``Place.name`` is a
#: city).  Sources: the five boroughs of the New York City Charter (section 2); the London
#: boroughs of the London Government Act 1963 (Westminster, Kensington and Chelsea) and
#: Westminster's districts (Mayfair); Washington's Foggy Bottom (the State Department's seat);
#: Tokyo's Kasumigaseki (its ministries' seat).  Names that are also cities elsewhere
#: ("Georgetown", "Queens" as a word) are left out.
CITY_DISTRICTS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "Manhattan": "New York",
        "Brooklyn": "New York",
        "Bronx": "New York",
        "Staten Island": "New York",
        "Westminster": "London",
        "Kensington": "London",
        "Chelsea": "London",
        "Mayfair": "London",
        "Foggy Bottom": "Washington",
        "Kasumigaseki": "Tokyo",
    }
)
