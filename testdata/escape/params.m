./params.go:18:11: leaking param: c
./params.go:19:11: leaking param: c to result ~r0 level=1
./params.go:20:11: leaking param: c to result ~r0 level=1
./params.go:21:12: leaking param: c to result ~r0 level=1
./params.go:22:15: leaking param: c to result ~r0 level=2
./params.go:23:14: c does not escape
./params.go:23:25: leaking param: n
./params.go:24:11: leaking param: a to result ~r1 level=0
./params.go:24:14: leaking param: b to result ~r0 level=0
./params.go:25:12: leaking param: p to result q level=0
./params.go:26:12: c does not escape
./params.go:26:23: leaking param: s
./params.go:27:12: leaking param: v
./params.go:28:13: s does not escape
./params.go:29:13: a does not escape
./params.go:29:16: b does not escape
./params.go:29:49: a + b escapes to heap
./params.go:30:13: leaking param: s
./params.go:32:12: pp does not escape
./params.go:33:15: leaking param: ps to result ~r0 level=1
./params.go:34:13: m does not escape
./params.go:35:14: c does not escape
./params.go:36:12: leaking param: n to result ~r0 level=0
./params.go:37:17: leaking param: c to result ~r0 level=0
./params.go:38:10: leaking param: a to result ~r0 level=0
./params.go:39:19: leaking param: ps to result ~r0 level=1
./params.go:44:7: &Config{...} escapes to heap
./params.go:46:7: &Config{...} escapes to heap
./params.go:46:40: []string{...} escapes to heap
./params.go:47:13: ... argument does not escape
./params.go:47:18: name(d) escapes to heap
./params.go:47:27: tags(d) escapes to heap
./params.go:47:50: firstTag(d) escapes to heap
./params.go:52:13: ... argument does not escape
./params.go:52:14: *p escapes to heap
./params.go:52:18: *q escapes to heap
./params.go:52:22: *r escapes to heap
./params.go:53:19: []string{...} escapes to heap
./params.go:54:8: 3 escapes to heap
./params.go:56:13: ... argument does not escape
./params.go:56:20: length("abc") escapes to heap
./params.go:56:35: concat("a", "b") escapes to heap
./params.go:56:53: fields("a b") escapes to heap
./params.go:56:66: itoa(5) escapes to heap
./params.go:59:13: ... argument does not escape
./params.go:59:19: deref(&pz) escapes to heap
./params.go:61:13: ... argument does not escape
./params.go:61:14: *viaSlice([]*int{...}) escapes to heap
./params.go:61:30: []*int{...} does not escape
./params.go:63:13: ... argument does not escape
./params.go:63:17: cfg.Name escapes to heap
./params.go:63:24: *ptrToField(&cfg) escapes to heap
./params.go:65:13: ... argument does not escape
./params.go:65:14: *arr([4]*int{...}) escapes to heap
./params.go:65:33: *variadicPtrs(... argument...) escapes to heap
./params.go:65:46: ... argument does not escape
