package extract

import "bulletin/parser/lexicon"

// buildingNumberAfter reports whether a number and a building's word
// (cue_words.tsv, building: 号楼) follow at e: after an address's label
// (dropAddressedNames) a body's name run into a numbered building
// (地址:某市政府2号楼) names the compound whose buildings house the
// offices, a place, as an address's words are; the body that answers is
// named elsewhere on the page (请与某市民政局办公室联系). A floor (某市
// 民政局2楼) is no building word: the body's own premises, still named.
func buildingNumberAfter(s string, e int) bool {
	j := e
	for figureAt(s, j) {
		j++
	}
	if j == e {
		return false
	}
	_, ok := lexicon.CueWordList("building").Prefix(s[j:])
	return ok
}
