package main

func main() {
L1:
	for {
		break L2
	}
	break
	continue
	switch {
	case true:
		fallthrough
	}
	var i interface{} = 1
	switch i.(type) {
	case int:
		fallthrough
	case string:
	}
	goto L3
	x := 1
L3:
	_ = x
L4:
	if true {
		continue L4
	}
L1:
	for {
	}
}
