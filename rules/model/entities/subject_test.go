package entities

import "testing"

// TestSubject pins the subject test (subject, read by the pronoun rule
// through Candidate.Subject) on the candidates of short texts: a mention
// that opens its sentence (at the text's start, after an earlier
// sentence, after a title, an honorific or an opening quotation mark) is
// the subject; one after other words or a comma is not, unless a speech
// verb (said, told) follows it, past a lone apostrophe.
func TestSubject(t *testing.T) {
	for _, c := range []struct {
		text string
		subj map[string]bool // candidate text: its subject test
	}{
		{"Mary Smith met John Brown in Leeds. He left.\n", map[string]bool{"Mary Smith": true}},
		{"Tom Lee left early. Mary Smith met John Brown later. She smiled.\n", map[string]bool{"Tom Lee": true, "Mary Smith": true, "John Brown": false}},
		{"Later, John Brown met Mary Smith. She left.\n", map[string]bool{"Mary Smith": false}},
		{"Health minister Jo Brown met Tom Lee. She left.\n", map[string]bool{"Jo Brown": true, "Tom Lee": false}},
		{"Mr Tom Lee met Mary Smith. He left.\n", map[string]bool{"Tom Lee": true, "Mary Smith": false}},
		{"“Mary Smith met Tom Lee,” he said. She left.\n", map[string]bool{"Mary Smith": true, "Tom Lee": false}},
		{"Tom Lee left. In court, Mary Smith said she would appeal.\n", map[string]bool{"Mary Smith": true}},
		{"Tom Lee left. In court, Mary Smith told the judge she would appeal.\n", map[string]bool{"Mary Smith": true}},
		{"Tom Lee left. In court, Mary Smith ' said she would appeal.\n", map[string]bool{"Mary Smith": true}},
		{"Tom Lee left. In court, Mary Smith met the judge before she left.\n", map[string]bool{"Mary Smith": false}},
		{"Tom Lee left. Happily Mary Smith met the judge before she left.\n", map[string]bool{"Mary Smith": false}},
		{"Tom Lee left. The minister, Mary Smith, met the judge before she left.\n", map[string]bool{"Mary Smith": false}},
	} {
		_, m := buildText(t, c.text)
		seen := map[string]bool{}
		for _, pr := range m.Pronouns {
			for _, cd := range pr.Reach {
				want, ok := c.subj[cd.Text]
				if !ok {
					continue
				}
				seen[cd.Text] = true
				if cd.Subject != want {
					t.Errorf("%q: candidate %q of %q: subject %v, want %v", c.text, cd.Text, pr.Text, cd.Subject, want)
				}
			}
		}
		for name := range c.subj {
			if !seen[name] {
				t.Errorf("%q: %q is no candidate of any pronoun: the case tests nothing", c.text, name)
			}
		}
	}
}
