package extract

import (
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// verbLeads moves the start past a verb the scan ran through (尽快起草|
// 精神卫生福利中心, 现场察看|医院, 在推动|市委): a verb opens no name. After
// a boundary word a verb that opens the name may be part of it (联合|为民
// 社会工作服务中心), and inside a name that starts with a place it is
// (南阳康复辅具及适老化产品展示体验中心). A verb that plans or reports
// work (完成, 推进, 建成: the stance words) names no body's trade
// (江口街道完成|南浦社区 is two things), save in the field of work a
// body of co-ordination is named after (省全面推进|依法行政工作领导小组),
// in a name that opens with its place, or with the word that names all
// of a division (全省城市低保表彰|工作领导小组: agency.Whole, the group
// of the whole province, one body).
type verbLeads struct{}

func (verbLeads) open(r *startReading) bool {
	s, ts, e, suffix := r.s, r.ts, r.e, r.suffix
	i := r.i
	lv := lastVerb(s, ts, i, r.words, suffix)
	if lv < 0 {
		return true
	}
	placed := agency.HasLocality(s[i:e]) || guessedTownOpens(ts, i) || agency.Whole(s[i:e])
	if lexicon.AgencySuffixes().Label(suffix, 2) == "field" && !placed {
		// 撤销|梅州市殡葬/v改革领导小组: a verb before the place acts on
		// the body; the verbs after the place are its field's.
		for k := tokenOver(ts, i+1); k >= 0 && k < lv; k++ {
			if ts[k].Start >= i && leadingVerb(ts[k].Tag) && agency.HasLocality(s[ts[k].End:e]) {
				r.i, r.weak = ts[k].End, false
				return true
			}
		}
	}
	rest := s[ts[lv].End:e]
	// A verb that plans or reports work (完成, 推进, 建成) names no
	// body's trade: 江口街道完成|南浦社区 is two things.
	// The field of work a body of co-ordination is named after may
	// hold such a verb (省全面推进|依法行政工作领导小组): the ending
	// decides, in a name that opens with its place.
	field := lexicon.AgencySuffixes().Label(suffix, 2) == "field" && placed
	stance := lexicon.Stance().Has(ts[lv].Word) && !field
	// The place before the field's verb is the body's, no actor (梅州市|
	// 殡葬/v 改革领导小组).
	if stance || agency.HasLocality(rest) || !placed && (ts[lv].Start > i || !r.afterBoundary) || actOnKind(s, ts, ts[lv], i, e, suffix, r.pointed) || !field && actorBefore(s, ts, lv, i) {
		r.i, r.weak = ts[lv].End, true
	}
	// A proper name the segmenter guessed after the verb opens the name
	// as a place does (听取|新宅中心敬老院), unless the verb plans or
	// reports work (完成|南浦社区, as above), or the ending is named
	// after its field in a name that opens with its place or its
	// government (国务院应对|新冠肺炎疫情联防联控机制: the verb and
	// its object are the field's words, as above).
	if !stance && !field && properNameOpens(s[ts[lv].End:e], ts[lv].End, ts) && !placedField(s, i, ts[lv].Start) {
		r.i, r.weak = ts[lv].End, false
	}
	return true
}

// lastVerb is the index of the last verb-like token inside [i, j), or -1.
// A place is no verb, whatever the segmenter guessed (通道/v 县), nor is a
// word of place right before a level (路口/s 镇): they open the name. Nor
// is a word of stationing the scan ran through (省人民政府|驻|北京办事处):
// it joins a body and its place inside one name (stationedPlace). Nor is a
// stage of life the segmenter tags as time inside the name, after its
// first words (中国|老年/t|大学协会); one that opens it leaves it a class
// of bodies (老年协会). Nor is a verb bound to 式 after the facility's
// owner (某某社区|嵌入/v 式|养老服务中心: modeVerb). Nor is a character
// inside a division's name that the scan read whole (三|都/d|镇, 都 of
// 三都镇, no adverb "all": placeWhole).
func lastVerb(s string, ts []segment.Token, i, j int, suffix string) int {
	return lastTokenIn(ts, i, j, func(k int) bool {
		return leadingVerb(ts[k].Tag) && !(lifeStageWord(ts[k].Word) && ts[k].Start > i) && !placeBeforeLevel(ts, k) && !endingTail(s, ts[k]) && !officeEnding(s, ts[k]) && !stationedWord(ts[k].Word) && !fieldVerb(ts, k, i, suffix) && !modeVerb(s, ts, k, i) && !insidePlace(s, ts, k, i, j) && !adverbOpensPlace(s, ts, k, j)
	})
}

// insidePlace reports whether the token ts[k] lies inside a division's
// name of the gazetteer that opens at i or after and ends at a token's
// end by j, its first character not the token's own: the division is
// read whole (placeWhole), as a place's name is printed in one piece,
// and a character of it the segmenter tagged as an adverb or a verb (都
// of 三都镇, 都 of 成都市) is the name's. A division that the token opens
// is left to the rules of its words (和县, 会同县: verbAsPlace).
func insidePlace(s string, ts []segment.Token, k, i, j int) bool {
	for m := k; m < len(ts) && ts[m].End <= j; m++ {
		place, ok := lexicon.Places().EndingAt(s, ts[m].End)
		if !ok || len(place) <= len("市") || verbAsPlace(place) {
			continue
		}
		if st := ts[m].End - len(place); st >= i && st < ts[k].Start {
			return true
		}
	}
	return false
}

// fieldVerb reports whether the verb ts[k] closes the field of work a
// government's bureau or commission is named after (城市|执法|局, 环境|
// 保护|局): the noun before it is its object, printed first as a field
// is (城市执法, the enforcement of the city's rules), and the ending after
// it is a one-character ending of a government's body (局, 委) the
// segmenter cut alone. Such an ending is bound, no word a verb takes as
// its object (局 of 开局, a game, is a word of the dictionary, or of the
// non-agency words), so the noun and the verb are the name's words. Both
// lie in the scan's words from i. A unit's ending (科, 处) after a verb
// is left to the rules for units, which read it with its body.
func fieldVerb(ts []segment.Token, k, i int, suffix string) bool {
	if k == 0 || k+1 >= len(ts) || ts[k-1].Start < i || ts[k-1].End != ts[k].Start {
		return false
	}
	if _, kind := agency.Ending(suffix); kind != "government" || utf8.RuneCountInString(suffix) != 1 || ts[k+1].Start != ts[k].End || ts[k+1].Word != suffix {
		return false
	}
	switch ts[k-1].Tag {
	case "n", "ns", "nz", "vn":
		return true
	}
	return false
}

// placeBeforeLevel reports whether token k names a place: a division of
// the gazetteer, or a word of place followed by a level (路口镇, 朝天门街道).
func placeBeforeLevel(ts []segment.Token, k int) bool {
	t := ts[k]
	if lexicon.Places().Has(t.Word) {
		return true
	}
	if (t.Tag == "s" || t.Tag == "ns") && k+1 < len(ts) {
		_, _, ok := agency.LevelAt(ts[k+1].Word, 0)
		return ok
	}
	return splitTownStem(ts, k)
}

// splitTownStem reports whether the one-character token ts[k] is the first
// character of a town's or a village's name that the segmenter cut off the
// guess after it (来/v 苏镇/x, 原罗/x 回村/x): a township's or a village's
// proper name has two characters or more before its level, so a guess of
// one character and the level (苏镇, 回村) right after it is the rest of
// the name, and the character before it is the name's own.
func splitTownStem(ts []segment.Token, k int) bool {
	if k+1 >= len(ts) || ts[k].End != ts[k+1].Start || utf8.RuneCountInString(ts[k].Word) != 1 {
		return false
	}
	return oneCharTownGuess(ts[k+1])
}

// oneCharTownGuess reports whether t is a guess of the segmenter's made of
// one character and a township's or a village's level (苏镇, 回村).
func oneCharTownGuess(t segment.Token) bool {
	l, ok := lexicon.Levels().Suffix(t.Word)
	return t.Tag == "x" && ok && townGuess(t.Word) && utf8.RuneCountInString(t.Word)-utf8.RuneCountInString(l) == 1
}

// endingTail reports whether the token t closes an agency ending that
// starts before it (心理学/n 会/v: the 会 of 学会 the segmenter took for a
// verb): it ends a name, no verb opens one there.
func endingTail(s string, t segment.Token) bool {
	suffix, ok := lexicon.AgencySuffixes().EndingAt(s, t.End)
	return ok && t.End-len(suffix) < t.Start
}

// officeEnding reports whether the token t is an agency ending by itself
// right after a level word or another ending (街道|办/v|党委, 市委|办/v|
// 秘书科): the short ending of the office of that street or committee
// (街道办 for 街道办事处), which the segmenter took for the verb 办; a
// unit's name goes on after it, and no verb opens the name there.
func officeEnding(s string, t segment.Token) bool {
	if suffix, ok := lexicon.AgencySuffixes().At(s, t.Start); !ok || suffix != t.Word {
		return false
	}
	if _, ok := lexicon.Levels().EndingAt(s, t.Start); ok {
		return true
	}
	_, ok := lexicon.AgencySuffixes().EndingAt(s, t.Start)
	return ok
}

// actOnKind reports whether the verb v, the last in the name [i, e) the
// scan found, stands right before its bare ending (关于做好|敬老院, 要求
// 加强|养老院), or before a level's body with no place's name (拟设立或
// 撤销|街道办事处: bareLevel), or before the one common noun of the dictionary that
// closes with the ending (并担任|评委: a verb and its object, tagged n):
// the act done to that kind of body or that post, even after a boundary
// word, as verbBeforeClass reads 加快建设|乡镇敬老院. A body's name holds no
// verb between its units; a verb that opens one is its own name before
// the kind of body (联合|为民|社会工作服务中心, a word the dictionary holds
// as an organisation's, nt). A name after a word that
// points at the place (我县|殡葬管理所) or one that opens with its place
// (南阳…展示|体验中心) is the place's own body, verb or none.
func actOnKind(s string, ts []segment.Token, v segment.Token, i, e int, suffix string, pointed bool) bool {
	if v.Tag != "v" || pointed || agency.HasLocality(s[i:e]) {
		return false
	}
	if v.End == e-len(suffix) || bareLevel(s[v.End:e]) {
		return true // 撤销|街道办事处: the act done to every street's office
	}
	k := tokenEndingAt(ts, e)
	return k >= 0 && ts[k].Start == v.End && ts[k].Tag == "n"
}

// actorBefore reports whether a body's whole name, from i, ends before
// the verb ts[v] with an adverb between (自治区民政厅|及时|组建|全区…委员会),
// or a word of distinction that qualifies the verb as one (市委老干部局|
// 主要/b|负责|老年大学: the body's main charge, a predicate):
// the adverb makes the verb a predicate, that body's act, and a name after
// it is what the body acts on or sets up, no part of one name with it. A
// verb right after a body's name may open the name of its unit
// (消防救援支队|防火/v|监督科), so the adverb is asked for.
func actorBefore(s string, ts []segment.Token, v, i int) bool {
	k := v - 1
	for k >= 0 && ts[k].Start >= i && (ts[k].Tag == "d" || ts[k].Tag == "ad" || ts[k].Tag == "c" || ts[k].Tag == "b") {
		k--
	}
	if k < 0 || k == v-1 || ts[k].Start < i {
		return false
	}
	e := ts[k].End
	if _, ok := lexicon.AgencySuffixes().EndingAt(s, e); !ok {
		return false
	}
	return agency.One(s[i:e], false)
}

// placedField reports whether the words [i, j) of a name before a verb or
// a verbal noun at j are a place the gazetteer holds and words of a field
// with no body's ending among them (舟山市定海区|扶贫/v 帮困奔小康工作领导
// 小组办公室, 舟山市定海区社会救助|工作/vn 联席会议办公室): a body of
// co-ordination is named [place][field of work][ending], the field's
// verbs and all, so the name runs back over them to its place; no body
// stands there to act (市民政局|走访|新宅中心敬老院).
func placedField(s string, i, j int) bool {
	place, ok := lexicon.Places().At(s, i)
	if !ok || i+len(place) > j {
		return false
	}
	suffixes := lexicon.AgencySuffixes()
	for k := i + len(place); k < j; {
		_, w := utf8.DecodeRuneInString(s[k:])
		k += w
		if _, ok := suffixes.EndingAt(s, k); ok {
			return false
		}
		if _, ok := lexicon.Titles().EndingAt(s, k); ok {
			return false
		}
	}
	return true
}
