package entities

import "testing"

// TestCandidateSentence checks that every candidate of every pronoun's
// reach has the sentence of its token (Candidate.Sentence, which pronouns'
// clear resolution reads instead of the token), for mentions of entities,
// title-only mentions, unresolved surnames and nouns, over the invented
// articles, the development corpus's and a text with each kind.
func TestCandidateSentence(t *testing.T) {
	extra := "John Smith and Mary Smith came. Smith said he was late. The minister, Jo Brown, spoke. Later the minister said she agreed. The woman said her son left. His lawyer, Tom Lee, said he would appeal.\n"
	var seen [4]int // entity, unresolved, noun, title-only
	for _, text := range append(runTexts(), extra) {
		doc, m := buildText(t, text)
		for _, pr := range m.Pronouns {
			for _, c := range pr.Reach {
				if want := int(doc.Tokens[c.Token].Sentence); c.Sentence != want {
					t.Fatalf("pronoun %q at token %d: candidate %q at token %d has sentence %d, its token %d", pr.Text, pr.Token, c.Text, c.Token, c.Sentence, want)
				}
				switch {
				case c.Noun:
					seen[2]++
				case c.Entity == nil:
					seen[1]++
				case len(c.Text) > 4 && c.Text[:4] == "the ":
					seen[3]++
				default:
					seen[0]++
				}
			}
		}
	}
	for k, n := range seen {
		if n == 0 {
			t.Fatalf("candidates seen by kind %v: none of kind %d, the test proves little", seen, k)
		}
	}
}
