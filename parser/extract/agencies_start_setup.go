package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// bodySetsUp reads 设 (to have, to set up), cut out by the segmenter as a
// verb of its own, right after a body's agency ending where the scan
// stands: 某县民政局|设|办公室、计划财务科: the body sets up its units, as
// the 机构设置 paragraph of a 年鉴 or a 三定规定 prints its 内设机构 after
// it (《行政机构设置和编制管理条例》 §14; 内设 and 下设 are agency
// boundaries). The body before the verb is named whole, each unit after
// it by its own words, no name running over the verb. 设 is no agency
// boundary of its own: it is the last character of 建设, 新设 and 内设,
// so it bounds only where the segmenter reads it alone after a body's
// ending.
type bodySetsUp struct{}

func (bodySetsUp) back(r *startReading) scanMove {
	if setUpVerbBefore(r.s, r.ts, r.i, false) {
		r.afterBoundary = true
		return scanStop
	}
	return scanPass
}

// setUpVerbBefore reports whether a verb by which a body sets up its
// units ends at i right after the body's agency ending: 设 read alone by
// the segmenter, or, where inner is set, 内设 or 下设 as well.
func setUpVerbBefore(s string, ts []segment.Token, i int, inner bool) bool {
	k := tokenEndingAt(ts, i)
	if k < 0 || ts[k].Tag != "v" && !inner {
		return false
	}
	switch ts[k].Word {
	case "设":
	case "内设", "下设":
		if !inner {
			return false
		}
	default:
		return false
	}
	_, ok := lexicon.AgencySuffixes().EndingAt(s, ts[k].Start)
	return ok
}

// setUpUnitAt reports whether name, at byte at, is a unit's name (its
// ending labelled unit: 办公室, 优抚科) that opens right after the verb by
// which the body named before it sets up its units (某县民政局设|办公室,
// 民政局内设|办公室): the unit is that body's, one body in context
// (GOLD.md: a unit that names one body in context, 办公室, is an agency),
// though its name alone names no place. The body is named by its place
// or level (某县民政局, 局 alone as 本局 is not): a group named by its work
// alone (领导小组下设|办公室) leaves its office unnamed.
func setUpUnitAt(s string, ts []segment.Token, at int, name string) bool {
	if _, kind := agency.Ending(name); kind != "unit" || !setUpVerbBefore(s, ts, at, true) {
		return false
	}
	v := ts[tokenEndingAt(ts, at)].Start
	return agency.HasLocality(s[wordsBack(s, v, false):v])
}
