package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// mediaParticipants finds the outlets a 、-list names as the ones that
// take part in a meeting (东江日报、东江晚报…参加座谈; 会议邀请|某某
// 经济报、某某法制报、…记者参加): a paper, a station or a news site that sends
// its reporters to a press meeting is a body there, taking part as the
// bureaus do, not the source the text is quoted from (GOLD.md: a medium
// is no agency only where it is named as the text's source). The list
// is a clause's run of members parted by 、, closed by a verb of taking
// part right after its last member (cue list takepart: 参加, 出席, 参会;
// maybe after 记者) or opened by 邀请 (invite); at least two members end in
// a medium's word (media.txt: 日报, 电视台, 网) or 报 (paperend: a paper,
// 中国社会报, 每日新报), and only those are read, each whole from
// one mark to the next.
func mediaParticipants(s string) []candidate {
	var out []candidate
	for start := 0; start < len(s); {
		end := start
		for end < len(s) {
			r, w := utf8.DecodeRuneInString(s[end:])
			if r == '、' || unicode.Is(unicode.Han, r) {
				end += w
				continue
			}
			break
		}
		if end > start {
			out = append(out, mediaMembers(s, start, end)...)
		}
		if end == start {
			_, w := utf8.DecodeRuneInString(s[end:])
			end += w
		}
		start = end
	}
	return out
}

// mediaParticipantRule marks an outlet a list names as taking part.
const mediaParticipantRule = "media-participant"

// mediaMembers reads the run of Han characters and 、 marks [i, e) as a
// list of outlets taking part (mediaParticipants), or finds none. The
// verb that closes the list (cue list takepart) stands right after its
// last outlet, a reporter's job between maybe (…东江经济报记者参加): a
// verb later in the clause (…电视台报道了老人参加活动) closes no list.
// A run of one part holds one member at most and is refused by the count.
func mediaMembers(s string, i, e int) []candidate {
	parts := strings.Split(s[i:e], "、")
	n := len(parts) - 1
	lead := 0 // bytes of the first part before its member: …邀请|
	if k := lastIndexOfAny(parts[0], lexicon.CueWordList("invite")); k >= 0 {
		lead = k
	}
	last := parts[n]
	closed := false
	if k, ok := takePartAt(last); ok {
		m := last[:k]
		if w, ok := lexicon.CueWordList("reporter").EndingAt(m, len(m)); ok {
			m = m[:len(m)-len(w)]
		}
		if mediaMemberName(m) {
			last, closed = m, true
		}
	}
	if lead == 0 && !closed {
		return nil
	}
	var out []candidate
	at := i
	for k, p := range parts {
		m, st := p, at
		if k == 0 {
			m, st = p[lead:], at+lead
		}
		if k == n {
			m = last
		}
		if mediaMemberName(m) {
			out = append(out, candidate{st, st + len(m), mediaParticipantRule})
		}
		at += len(p) + len("、")
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// takePartAt is where the first verb of taking part (cue list takepart)
// opens in p.
func takePartAt(p string) (int, bool) {
	for k := 0; k < len(p); {
		if _, ok := lexicon.CueWordList("takepart").At(p, k); ok {
			return k, true
		}
		_, w := utf8.DecodeRuneInString(p[k:])
		k += w
	}
	return 0, false
}

// lastIndexOfAny is the end of the last word of list in p, or -1.
func lastIndexOfAny(p string, list *lexicon.Words) int {
	end := -1
	for k := 0; k < len(p); {
		if w, ok := list.At(p, k); ok {
			end = k + len(w)
		}
		_, w := utf8.DecodeRuneInString(p[k:])
		k += w
	}
	return end
}

// mediaMemberName reports whether m names an outlet: a Han character or
// more before a medium's word (media.txt) or two before a paper's bare
// ending (cue list paperend: 报).
func mediaMemberName(m string) bool {
	if w, ok := lexicon.Media().EndingAt(m, len(m)); ok && len(w) < len(m) {
		return true
	}
	w, ok := lexicon.CueWordList("paperend").EndingAt(m, len(m))
	return ok && utf8.RuneCountInString(m) >= utf8.RuneCountInString(w)+2
}
