package extract

// A modal of necessity before the preposition that opens where or when an
// act is to be done (需在15日内办结, 须在指定时段内入园, 需在预约时段内
// 祭扫) requires that act as 需 of its own does: the segmenter may cut
// 需在 as one word (at a sentence's start), which hid the modal from the
// sentence's stance, so a limit the sentence then sets (…，停留时长控制在1
// 小时内) was read as no requirement. Source: the 需在…前/内 and 须在…
// of the 通知 and 通告 of bureaus, 需 and 须 as 《现代汉语词典》 gives them
// (助动词：必须, 应该) before a prepositional phrase.

// obligeAt reports whether the oblige word w (需, 须) at i stands as a
// modal of its own: a word of its own, or the first half of a token it
// makes with the limit preposition 在 after it (需在).
func obligeAt(in *Input, i int, w string) bool {
	if ownWord(in, i, w) {
		return true
	}
	ts := in.Words(i)
	k := tokenAt(ts, i)
	return k >= 0 && ts[k].Word == w+limitPreposition
}
