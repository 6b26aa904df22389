./escape_closure.go:15:7: p does not escape
./escape_closure.go:15:2: func literal does not escape
./escape_closure.go:23:8: p does not escape
./escape_closure.go:23:3: func literal does not escape
./escape_closure.go:32:8: p does not escape
./escape_closure.go:32:3: func literal does not escape
./escape_closure.go:40:7: leaking param: p
./escape_closure.go:39:2: moved to heap: x
./escape_closure.go:40:2: func literal does not escape
./escape_closure.go:47:11: leaking param: p to result ~r0 level=0
./escape_closure.go:47:6: func literal does not escape
./escape_closure.go:56:14: leaking param: p
./escape_closure.go:53:2: moved to heap: x
./escape_closure.go:56:9: func literal does not escape
./escape_closure.go:62:2: moved to heap: x
./escape_closure.go:63:7: moved to heap: p
./escape_closure.go:63:2: func literal does not escape
./escape_closure.go:72:8: leaking param: p
./escape_closure.go:71:3: moved to heap: x
./escape_closure.go:72:3: func literal does not escape
./escape_closure.go:81:13: p does not escape
./escape_closure.go:81:8: func literal does not escape
./escape_closure.go:90:14: p does not escape
./escape_closure.go:88:2: moved to heap: x
./escape_closure.go:90:9: func literal escapes to heap
./escape_closure.go:99:14: p does not escape
./escape_closure.go:98:3: moved to heap: x
./escape_closure.go:99:9: func literal escapes to heap
./escape_closure.go:107:13: leaking param: p
./escape_closure.go:106:2: moved to heap: x
./escape_closure.go:107:8: func literal does not escape
./escape_closure.go:114:13: leaking param: p to result ~r0 level=0
./escape_closure.go:114:8: func literal does not escape
./escape_closure.go:120:2: moved to heap: x
./escape_closure.go:121:13: moved to heap: p
./escape_closure.go:121:8: func literal does not escape
./escape_closure.go:129:11: leaking param: p to result ~r0 level=1
./escape_closure.go:129:6: func literal does not escape
./escape_closure.go:137:14: leaking param content: p
./escape_closure.go:135:2: moved to heap: x
./escape_closure.go:137:9: func literal does not escape
./escape_closure.go:148:20: leaking param: a to result ~r0 level=1
./escape_closure.go:149:9: func literal does not escape
./escape_closure.go:142:19: s does not escape
./escape_closure.go:143:9: s + "YYYY" escapes to heap
./escape_closure.go:144:22: ... argument does not escape
./escape_closure.go:164:20: f does not escape
./escape_closure.go:159:20: leaking param content: a
./escape_closure.go:160:23: func literal does not escape
./escape_closure.go:154:19: s does not escape
./escape_closure.go:155:9: s + "YYYY" escapes to heap
./escape_closure.go:156:20: ... argument does not escape
./escape_closure.go:179:14: p does not escape
./escape_closure.go:169:12: p does not escape
./escape_closure.go:169:7: func literal does not escape
./escape_closure.go:170:7: new(int) does not escape
./escape_closure.go:173:7: new(int) does not escape
./escape_closure.go:176:7: new(int) does not escape
./escape_closure.go:193:15: leaking param: p to result ~r0 level=0
./escape_closure.go:182:12: leaking param: p to result ~r0 level=0
./escape_closure.go:182:7: func literal does not escape
./escape_closure.go:184:7: new(int) does not escape
./escape_closure.go:187:7: new(int) does not escape
./escape_closure.go:190:7: new(int) does not escape
