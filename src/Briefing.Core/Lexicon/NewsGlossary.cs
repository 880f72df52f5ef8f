namespace Briefing.Core.Lexicon;

/// <summary>
/// The everyday vocabulary of sports, business, technology and politics reports that FreeDict lacks or lists only by a
/// rarer sense, as English ↔ German pairs (<see cref="LexiconSupplement"/> compiles each in both directions, ahead of the
/// dictionary's own translations). What a newsroom's two languages say for the same thing, not one question's words:
/// a footballer's "caps" are "Länderspiele" (FreeDict: Kappen, Mützen, Großbuchstaben), a match's "crowd" is its
/// "Zuschauer" (Menge, Chrotta), a company's "revenue" its "Umsatz" (Einkommen, Revenue), a "coach" a "Trainer" after
/// four senses of carriages, a "mobile" a "Handy", "the Greens" "die Grünen" (no entry), a "Klage" a "lawsuit". Each German word is the one
/// German reports use; both forms are listed where the dictionary has an entry for one that would otherwise win
/// ("caps" is listed, so "cap" → "Länderspiel" alone would never be reached).
/// </summary>
internal static class NewsGlossary
{
    public static readonly (string English, string German)[] Pairs =
    [
        // Sports.
        ("caps", "Länderspiele"), ("cap", "Länderspiel"), ("crowd", "Zuschauer"), ("crowds", "Zuschauer"),
        ("attendance", "Zuschauer"), ("coach", "Trainer"), ("coach", "Teamchef"), ("national team", "Nationalmannschaft"),
        ("national team", "Nationalteam"), ("goalkeeper", "Torhüter"), ("goalkeeper", "Tormann"), ("keeper", "Torhüter"),
        ("striker", "Stürmer"), ("semi-final", "Halbfinale"), ("quarter-final", "Viertelfinale"),
        // Business.
        ("revenue", "Umsatz"), ("revenues", "Umsätze"), ("turnover", "Umsatz"), ("sales", "Umsatz"),
        ("profit", "Gewinn"), ("profits", "Gewinne"), ("loss", "Verlust"), ("losses", "Verluste"),
        ("fund", "Fonds"), ("trust fund", "Fonds"), ("chief executive", "Konzernchef"), ("chief executive", "Vorstandschef"),
        ("shareholders", "Aktionäre"), ("bankruptcy", "Insolvenz"), ("bankruptcy", "Pleite"), ("merger", "Fusion"),
        ("takeover", "Übernahme"), ("unemployment rate", "Arbeitslosenquote"), ("jobless rate", "Arbeitslosenquote"),
        // A country's central bank is its "Notenbank" in German reports (FreeDict: issuing bank, bank of issue, which no
        // English report writes), America's the "US-Notenbank" (FreeDict: Federal Reserve Bank; reports say "Fed").
        ("central bank", "Notenbank"), ("central banks", "Notenbanken"), ("Federal Reserve", "US-Notenbank"), ("Fed", "US-Notenbank"),
        ("trade deficit", "Handelsdefizit"), ("economic output", "Wirtschaftsleistung"), ("GDP", "BIP"),
        // Courts and insolvency: FreeDict's "Klage" is a complaint, libel or lament, never the lawsuit business reports
        // mean; "Gläubigerschutz" is only "protection of creditors", which no report of a firm under Chapter 11 writes;
        // "abwickeln" is a phase-out or winding up, not the calls, orders or cases a firm handles.
        ("lawsuit", "Klage"), ("lawsuits", "Klagen"), ("legal action", "Klage"), ("bankruptcy protection", "Gläubigerschutz"),
        ("creditor protection", "Gläubigerschutz"), ("handle", "abwickeln"), ("handled", "abgewickelt"),
        // A country's highest court: FreeDict has "supreme" only as "höchst…" (no article writes the bare prefix) and no
        // "Supreme Court", whose phrase then translates "Supreme" (LexiconQueryExpander); "Staatsanwalt" only as
        // "Solicitor", which English reports of a prosecution never write.
        ("Supreme Court", "Oberster Gerichtshof"), ("Supreme Court", "Höchstgericht"),
        ("prosecutor", "Staatsanwalt"), ("prosecutors", "Staatsanwälte"), ("prosecutors", "Staatsanwaltschaft"),
        // Technology.
        ("mobile", "Handy"), ("mobile phone", "Handy"), ("mobile phones", "Handys"), ("phone", "Handy"), ("phones", "Handys"),
        ("smartphone", "Handy"), ("smartphones", "Smartphones"), ("webpages", "Webseiten"), ("web pages", "Webseiten"),
        ("hacker attack", "Hackerangriff"), ("hacker attack", "Hackerattacke"), ("cyber attack", "Cyberangriff"),
        ("cyberattack", "Cyberangriff"), ("driverless", "selbstfahrend"), ("self-driving", "selbstfahrend"),
        ("test track", "Teststrecke"), ("test tracks", "Teststrecken"),
        // German reports say "WLAN" for what English ones call "Wi-fi" (FreeDict: no entry).
        ("Wi-fi", "WLAN"), ("wifi", "WLAN"), ("wireless network", "WLAN"),
        // Schools: English reports call school pupils "students"; FreeDict has "Schüler" only as "pupil" and "schoolboy".
        ("students", "Schüler"), ("student", "Schüler"),
        // What reports count in other words than a question: "MEPs" for "Abgeordnete" (FreeDict: delegates, deputies),
        // "Kampfjets" for "Kampfflugzeuge", "Einbrüche" for "break-ins" (which the dictionary splits into "break" and "ins"),
        // "Folgen" of a series for its "episodes", "nations" for "Länder". Without them the counted noun is never shown
        // and "How many ...?" abstains over the sentence that gives the count.
        ("MEPs", "Abgeordnete"), ("MPs", "Abgeordnete"), ("MEP", "Abgeordneter"), ("MP", "Abgeordneter"),
        // A member of the European Parliament is, in German reports, an "EU-Parlamentarier" or "Europaabgeordneter"
        // (FreeDict: "MEP" → Heizung, Sanitär, for mechanical, electrical, plumbing), its party the "Piratenpartei".
        ("MEP", "EU-Parlamentarier"), ("MEP", "Europaabgeordneter"), ("MEPs", "EU-Parlamentarier"), ("MEPs", "Europaabgeordnete"),
        ("Pirate Party", "Piratenpartei"),
        ("warplanes", "Kampfflugzeuge"), ("warplanes", "Kampfjets"), ("warplane", "Kampfflugzeug"), ("warplane", "Kampfjet"),
        ("fighter jets", "Kampfjets"), ("fighter jets", "Kampfflugzeuge"),
        ("break-ins", "Einbrüche"), ("break-in", "Einbruch"), ("burglaries", "Einbrüche"), ("burglary", "Einbruch"),
        ("episodes", "Folgen"), ("episodes", "Episoden"), ("episode", "Folge"), ("signatures", "Unterschriften"),
        ("nations", "Länder"), ("nations", "Staaten"),
        // What reports count as food: "über 30 Lebensmittel", "Lebensmittelpreise". FreeDict's first senses are "tucker",
        // "fare", "Nahrung", "Kost", so "How many kinds of food …?" never saw the German count.
        ("food", "Lebensmittel"), ("foods", "Lebensmittel"),
        // Politics: a party FreeDict knows only as vegetables and lawns ("greens": Blattgemüse, Grasplätze). The
        // Conservatives and Liberals are listed already; listing them again changed which English sentence led.
        ("Greens", "Grüne"), ("Greens", "Grünen"), ("Green Party", "Grüne"),
    ];
}
