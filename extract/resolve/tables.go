package resolve

// aliasTable lists canonical names with the other names they go by. Kept
// small and general: countries and international bodies that news names in
// several ways. Everything else is merged by the general rules (normalised
// keys, acronyms, short names).
var aliasTable = []struct {
	name, typ string
	aliases   []string
}{
	{"United States", "GPE", []string{"US", "U.S.", "USA", "U.S.A.", "United States of America", "America", "the United States", "the US", "the U.S."}},
	{"United Kingdom", "GPE", []string{"UK", "U.K.", "Britain", "Great Britain", "the United Kingdom", "the UK"}},
	{"South Korea", "GPE", []string{"Republic of Korea", "ROK", "S. Korea"}},
	{"North Korea", "GPE", []string{"DPRK", "Democratic People's Republic of Korea", "N. Korea"}},
	{"China", "GPE", []string{"People's Republic of China", "PRC", "mainland China"}},
	{"Taiwan", "GPE", []string{"Republic of China"}},
	{"Russia", "GPE", []string{"Russian Federation"}},
	{"United Arab Emirates", "GPE", []string{"UAE", "U.A.E."}},
	{"Czech Republic", "GPE", []string{"Czechia"}},
	{"Netherlands", "GPE", []string{"the Netherlands", "Holland"}},
	{"Group of Seven", "ORG", []string{"G7", "G-7", "G 7"}},
	{"Group of 20", "ORG", []string{"G20", "G-20", "Group of Twenty"}},
	{"European Union", "ORG", []string{"EU", "E.U.", "the European Union"}},
	{"United Nations", "ORG", []string{"UN", "U.N.", "the United Nations"}},
	{"NATO", "ORG", []string{"North Atlantic Treaty Organization", "Nato"}},
	{"World Health Organization", "ORG", []string{"WHO", "W.H.O."}},
	{"International Monetary Fund", "ORG", []string{"IMF"}},
	{"World Trade Organization", "ORG", []string{"WTO"}},
	{"Association of Southeast Asian Nations", "ORG", []string{"ASEAN"}},
	{"Asia-Pacific Economic Cooperation", "ORG", []string{"APEC"}},
	{"Organization of the Petroleum Exporting Countries", "ORG", []string{"OPEC"}},
	{"Federal Bureau of Investigation", "ORG", []string{"FBI"}},
	{"Central Intelligence Agency", "ORG", []string{"CIA"}},
	// No acronym spells "Fed" (acronyms join their names by themselves).
	{"Federal Reserve", "ORG", []string{"Fed", "US Federal Reserve", "U.S. Federal Reserve", "Federal Reserve Board"}},
	{"Washington, D.C.", "GPE", []string{"Washington DC", "Washington D.C."}},
}

// demonyms maps adjectives of nationality to the place they name. The
// adjective "Korean" alone names Korea, not South Korea: kg keeps them apart.
var demonyms = map[string]string{
	"american": "United States", "u.s.": "United States", "us": "United States",
	"japanese": "Japan", "south korean": "South Korea", "north korean": "North Korea",
	"korean": "Korea", "chinese": "China", "taiwanese": "Taiwan", "british": "United Kingdom",
	"english": "England", "scottish": "Scotland", "welsh": "Wales", "irish": "Ireland",
	"french": "France", "german": "Germany", "italian": "Italy", "spanish": "Spain",
	"portuguese": "Portugal", "dutch": "Netherlands", "belgian": "Belgium", "swiss": "Switzerland",
	"austrian": "Austria", "swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark",
	"finnish": "Finland", "polish": "Poland", "czech": "Czech Republic", "hungarian": "Hungary",
	"greek": "Greece", "turkish": "Turkey", "russian": "Russia", "ukrainian": "Ukraine",
	"belarusian": "Belarus", "romanian": "Romania", "bulgarian": "Bulgaria", "serbian": "Serbia",
	"croatian": "Croatia", "indian": "India", "pakistani": "Pakistan", "bangladeshi": "Bangladesh",
	"afghan": "Afghanistan", "iranian": "Iran", "iraqi": "Iraq", "syrian": "Syria",
	"israeli": "Israel", "palestinian": "Palestine", "lebanese": "Lebanon", "jordanian": "Jordan",
	"saudi": "Saudi Arabia", "egyptian": "Egypt", "libyan": "Libya", "tunisian": "Tunisia",
	"moroccan": "Morocco", "algerian": "Algeria", "nigerian": "Nigeria", "kenyan": "Kenya",
	"ethiopian": "Ethiopia", "south african": "South Africa", "ghanaian": "Ghana",
	"canadian": "Canada", "mexican": "Mexico", "brazilian": "Brazil", "argentine": "Argentina",
	"argentinian": "Argentina", "chilean": "Chile", "colombian": "Colombia", "peruvian": "Peru",
	"venezuelan": "Venezuela", "cuban": "Cuba", "australian": "Australia", "new zealand": "New Zealand",
	"indonesian": "Indonesia", "malaysian": "Malaysia", "thai": "Thailand", "vietnamese": "Vietnam",
	"filipino": "Philippines", "philippine": "Philippines", "singaporean": "Singapore",
	"mongolian": "Mongolia", "european": "European Union", "emirati": "United Arab Emirates",
	"qatari": "Qatar", "yemeni": "Yemen", "sudanese": "Sudan", "somali": "Somalia",
	"georgian": "Georgia", "armenian": "Armenia", "azerbaijani": "Azerbaijan", "kazakh": "Kazakhstan",
	"burmese": "Myanmar", "sri lankan": "Sri Lanka", "nepalese": "Nepal", "icelandic": "Iceland",
	"south sudanese": "South Sudan", "zimbabwean": "Zimbabwe", "ugandan": "Uganda", "rwandan": "Rwanda",
	"tanzanian": "Tanzania", "congolese": "Congo", "cameroonian": "Cameroon", "senegalese": "Senegal",
	"malian": "Mali", "zambian": "Zambia", "namibian": "Namibia", "mozambican": "Mozambique", "angolan": "Angola",
	"estonian": "Estonia", "latvian": "Latvia", "lithuanian": "Lithuania", "slovak": "Slovakia", "slovakian": "Slovakia",
	"slovenian": "Slovenia", "bosnian": "Bosnia and Herzegovina", "albanian": "Albania", "moldovan": "Moldova",
	"cypriot": "Cyprus", "maltese": "Malta", "kuwaiti": "Kuwait", "bahraini": "Bahrain", "omani": "Oman",
	"uzbek": "Uzbekistan", "cambodian": "Cambodia", "fijian": "Fiji", "samoan": "Samoa", "ecuadorian": "Ecuador",
	"bolivian": "Bolivia", "paraguayan": "Paraguay", "uruguayan": "Uruguay", "guatemalan": "Guatemala",
	"honduran": "Honduras", "salvadoran": "El Salvador", "nicaraguan": "Nicaragua", "costa rican": "Costa Rica",
	"panamanian": "Panama", "haitian": "Haiti", "jamaican": "Jamaica", "puerto rican": "Puerto Rico",
	"liberian": "Liberia", "eritrean": "Eritrea", "north macedonian": "North Macedonia",
}

// titles are words that precede a person's name and are not part of it.
var titles = map[string]bool{
	"president": true, "prime": true, "minister": true, "premier": true, "chancellor": true,
	"king": true, "queen": true, "prince": true, "princess": true, "emperor": true,
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true,
	"sen.": true, "senator": true, "rep.": true, "representative": true, "gov.": true, "governor": true,
	"mayor": true, "secretary": true, "general": true, "gen.": true, "pope": true, "sir": true,
	"secretary-general": true, "director-general": true, "attorney-general": true, "governor-general": true,
	"chairman": true, "chairwoman": true, "ceo": true, "foreign": true, "defense": true, "defence": true,
	"vice": true, "former": true, "leader": true, "judge": true, "justice": true, "officer": true,
	"ambassador": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "lord": true,
	"lady": true, "captain": true, "coach": true, "professor": true, "prof.": true, "st.": true,
	"supreme": true, "chief": true, "opposition": true, "interior": true, "finance": true,
	"trade": true, "deputy": true, "acting": true, "then": true, "then-president": true,
	"whip": true, "majority": true, "minority": true, "speaker": true, "congressman": true,
	"congresswoman": true, "sheriff": true, "detective": true, "sergeant": true, "sgt.": true,
	"lt.": true, "lieutenant": true, "colonel": true, "col.": true, "admiral": true, "bishop": true,
	"cardinal": true, "archbishop": true, "rev.": true, "reverend": true,
	"commissioner": true, "inspector": true, "superintendent": true, "constable": true,
	"executive": true, "emeritus": true, "assemblyman": true, "assemblywoman": true, "administrator": true,
	"attorney": true, "councillor": true, "councilor": true, "councilman": true, "councilwoman": true,
	"adviser": true, "advisor": true, "director": true, "envoy": true, "chairperson": true, "treasurer": true,
	"dean": true, "rabbi": true, "imam": true, "pastor": true, "commander": true, "marshal": true,
	"prosecutor": true, "solicitor": true, "auditor": true, "manager": true, "president-elect": true,
}

// subnational are the states and provinces news names alone ("Nevada held
// its caucuses"), some of them also given names the recogniser may read
// as a person: a one-word mention of one is a place.
var subnational = []string{
	"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
	"Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
	"Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
	"Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
	"Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
	"Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
	"Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Nova Scotia", "Ontario", "Quebec",
	"Saskatchewan", "Queensland", "New South Wales", "Victoria", "Tasmania", "Western Australia", "South Australia",
}
