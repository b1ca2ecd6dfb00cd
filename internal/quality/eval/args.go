package eval

import (
	"fmt"
	"strconv"
	"strings"
)

// ParseArgs reads score.py's flags, which may be mixed with the folders.
func ParseArgs(args []string) (Options, []string, error) {
	var opts Options
	var dirs []string
	float := func(name, v string) (*float64, error) {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return nil, fmt.Errorf("%s: %q is not a number", name, v)
		}
		return &f, nil
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") || a == "-" {
			dirs = append(dirs, a)
			continue
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		takesValue := map[string]bool{"fps": true, "classes": true, "min-recall": true, "min-precision": true, "max-fp": true}
		if takesValue[name] && !hasVal {
			if i+1 >= len(args) {
				return opts, nil, fmt.Errorf("--%s needs a value", name)
			}
			i++
			val = args[i]
		}
		var err error
		switch name {
		case "missed":
			opts.Missed = true
		case "fps":
			if opts.FPs, err = strconv.Atoi(val); err != nil {
				return opts, nil, fmt.Errorf("--fps: %q is not a number", val)
			}
		case "classes":
			opts.Classes = map[string]bool{}
			for _, c := range strings.Split(val, ",") {
				opts.Classes[c] = true
			}
		case "min-recall":
			opts.MinRecall, err = float(a, val)
		case "min-precision":
			opts.MinPrecision, err = float(a, val)
		case "max-fp":
			opts.MaxFP, err = float(a, val)
		case "h", "help":
			return opts, nil, fmt.Errorf("help requested")
		default:
			return opts, nil, fmt.Errorf("unknown flag %s", a)
		}
		if err != nil {
			return opts, nil, err
		}
	}
	return opts, dirs, nil
}
