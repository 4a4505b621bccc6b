package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/span"
	"bulletin/schema"
)

// framedSpeakers finds the speaker a meeting report names bare at the
// opening of a paragraph, right before a verb that frames what is said
// and the mark that closes the frame (张某某指出，…; 李某强调：…: cue list
// speechframe). A report titles the official once, in the lead, and opens
// each later paragraph of the speech with the name alone, so a bare name
// there is a person with no role as printed (GOLD.md, people: a bare name
// has role null). Only a bare name counts (bareName: a surname first, no
// word of another kind, no place or body): 会议指出，, 文件要求， open with
// no name, and a frame inside a sentence (…，会上张某指出) is left to the
// rules that read titles.
func framedSpeakers(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	frames := lexicon.CueWordList("speechframe")
	var out []schema.Person
	for open, line := range trimmedLines(s) {
		end := open + len(line)
		ts := words(open)
		for e := open; e < end; {
			_, w := utf8.DecodeRuneInString(s[e:])
			e += w
			if utf8.RuneCountInString(s[open:e]) > nameMaxRunes {
				break
			}
			if !framedAt(s, e, frames) {
				continue
			}
			if n := s[open:e]; bareName(n, ts, open) {
				p := schema.Person{Name: n}
				p.Found = found(t, open, e, "people/framed-speaker")
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// framedAt reports whether a verb of the speech frame stands at i with the
// frame's closing mark (，：) right after it.
func framedAt(s string, i int, frames *lexicon.Words) bool {
	v, ok := frames.At(s, i)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i+len(v):])
	return strings.ContainsRune(speechFrameClosers, r)
}

// speechFrameClosers close the frame of a speech before what is said.
const speechFrameClosers = "，,：:"
