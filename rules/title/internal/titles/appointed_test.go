package titles

import (
	"strings"
	"testing"
)

func TestAppointedTitle(t *testing.T) {
	for _, c := range []struct {
		text string // the name is the words between [ and ]
		keys string // the keys of the titles read, joined by +; "" for none
		now  bool
	}{
		{"The Senate confirmed [Jane Roe] as commerce secretary on Tuesday.", "commerce", true},
		{"The Senate confirmed [Jane Roe] as commerce secretary Tuesday.", "commerce", true},
		{"Brightwater named [Alan Pryce] as its chief executive.", "ceo", true},
		{"The president appointed [Omar Haddad] foreign minister on Sunday.", "foreign", true},
		{"[Leila Nasser] was sworn in as finance minister.", "finance", true},
		{"[Leila Nasser], who was named finance minister, spoke.", "finance", true},
		{"[Mark Hale] has been appointed Secretary of Defense.", "defence", true},
		{"Finance director [Alan Pryce] was promoted to chief executive.", "ceo", true},
		{"The group named [Ruth Okafor] as chairman and chief executive of its US arm.", "", false},
		{"The group named [Ruth Okafor] as chairman and chief executive.", "chair/ceo", true},
		{"The board named [Dara Quinn] managing director, effective Jan. 1.", "md", false},
		{"[Omar Haddad] was appointed finance minister in 2019.", "finance", false},
		{"The board will soon have named [Dara Quinn] managing director.", "md", false},
		{"It had appointed [Omar Haddad] foreign minister.", "", false},
		{"The Senate has not confirmed [Jane Roe] as commerce secretary.", "", false},
		{"[Jane Roe] had been named commerce secretary.", "", false},
		{"[Jane Roe] will be named commerce secretary.", "", false},
		{"The club named [Jane Roe] as a director.", "", false},
		{"Police named [Jane Roe] as the driver.", "", false},
		{"They named [Jane Roe] as secretary of the Cork branch.", "", false},
		{"A man named [Jane Roe] said so.", "", false},
		{"[Jane Roe] was named chief executive of the year by the magazine.", "", false},
		{"[Jane Roe] was elected president of the student union.", "", false},
		{"The Senate confirmed [Jane Roe] as ambassador.", "", false},
		{"France named [Jean Roux] foreign minister of France.", "foreign", true},
		{"Investors named [Alan Pryce] chief executive of Brightwater Holdings.", "ceo", true},
		{"The board named [Alan Pryce] chief executive of the group.", "ceo", true},
		{"The board named [Alan Pryce] chief executive of its US arm.", "", false},
	} {
		text := strings.NewReplacer("[", "", "]", "").Replace(c.text)
		d := parse(t, text)
		lo, hi := strings.IndexByte(c.text, '['), strings.IndexByte(c.text, ']')-1 // in text
		st, end := -1, -1
		for k, tk := range d.Tokens {
			if tk.Span.Start == lo {
				st = k
			}
			if tk.Span.End == hi {
				end = k + 1
			}
		}
		if st < 0 || end < 0 {
			t.Fatalf("%q: name not found", c.text)
		}
		var keys []string
		now := false
		if after, ok := AppointedBy(d, st, end); ok {
			os, e := AppointedTitle(d, NewContext(d), after)
			for _, o := range os {
				keys = append(keys, o.Key)
			}
			if len(os) > 0 {
				now = AppointedNow(d, st, e)
			}
		}
		if got := strings.Join(keys, "/"); got != c.keys || got != "" && now != c.now {
			t.Errorf("%q: got %q now %v, want %q now %v", c.text, got, now, c.keys, c.now)
		}
	}
}
