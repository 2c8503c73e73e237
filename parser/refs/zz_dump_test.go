package refs
import ("testing";"os";"fmt";"encoding/json")
func TestDumpFile(t *testing.T){
 f:=os.Getenv("F"); if f==""{t.Skip()}
 b,_:=os.ReadFile(f)
 refs,self:=Extract(b,Options{SelfNumber:os.Getenv("SELF")})
 for _,r:=range refs{ fmt.Printf("%-28s %-12s %-10s %-30.30s rel=%-10s n=%d title=%.60q\n", r.ID, r.Type, r.Date, r.Issuer, r.Relation, len(r.Mentions), r.Title)
  if os.Getenv("V")!=""{ for _,m:=range r.Mentions{ j,_:=json.Marshal(m.Parts); fmt.Printf("      %q %s %s\n", m.Text, m.Relation, j)}}}
 fmt.Println("self:",len(self))
}
