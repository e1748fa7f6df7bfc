// Regenerates handlebars-corpus.json: random templates (blocks, else/else-if chains, sections,
// whitespace control, standalone lines, comments, inline partials with indentation, lookup,
// block parameters) with the output handlebars.js gives for them. tst_handlebarscorpus checks
// that Ses::TemplateRenderer (HTML escaping on) gives the same output for every case.
//
//   npm install handlebars@4 && node make-handlebars-corpus.js handlebars-corpus.json
const H=require("handlebars");
let seed = 20241124;
function rnd(){ seed = (seed*1103515245+12345) & 0x7fffffff; return seed/0x7fffffff; }
function pick(a){ return a[Math.floor(rnd()*a.length)]; }
const texts=["a","b c"," ","  ","\n","\r\n","\n  ","  \n","x\n","\t","<p>","</p>\n","한글"," \n \n"];
const vars=["name","n","zero","flag","no","list","obj.k","obj","this","../name","@index","@first","@last","@key","items","missing","str.length","list.length","@root.name","lst","e"];
function ws(){ return rnd()<0.5? pick(texts):""; }
function tilde(){ return rnd()<0.2?"~":""; }
function node(depth){
  const r=rnd();
  if (r<0.3) return pick(texts);
  if (r<0.45) return "{{"+tilde()+pick(vars)+tilde()+"}}";
  if (r<0.5) return "{{{"+pick(vars)+"}}}";
  if (r<0.55) return "{{!"+pick([" c ","-- x --"])+"}}";
  if (r<0.56) return pick(["{{> p}}","\n  {{> p}}\n","{{> p obj}}","{{> p name=n}}","{{lookup list @index}}","{{lookup obj \"k\"}}","{{#each items as |it ix|}}{{ix}}{{it.name}}{{/each}}","{{#with obj as |o|}}{{o.k}}{{/with}}"]);
  if (depth>3) return pick(texts);
  const helper=pick(["if","unless","each","with","if","each","list","obj","^list","^no"]);
  const arg = pick(["name","flag","no","list","obj","items","zero","e","lst"]);
  let open, close;
  if (helper==="list"||helper==="obj"){ open="{{"+tilde()+"#"+helper+tilde()+"}}"; close="{{"+tilde()+"/"+helper+tilde()+"}}"; }
  else if (helper.startsWith("^")){ open="{{"+tilde()+helper+tilde()+"}}"; close="{{"+tilde()+"/"+helper.slice(1)+tilde()+"}}"; }
  else { open="{{"+tilde()+"#"+helper+" "+arg+tilde()+"}}"; close="{{"+tilde()+"/"+helper+tilde()+"}}"; }
  let s=open+ws()+body(depth+1)+ws();
  if (rnd()<0.4) {
    if (rnd()<0.5 && !helper.startsWith("^") && helper!=="list" && helper!=="obj") s+= "{{"+tilde()+"else if "+pick(["flag","no","zero"])+tilde()+"}}"+ws()+body(depth+1);
    s+="{{"+tilde()+"else"+tilde()+"}}"+ws()+body(depth+1)+ws();
  }
  return s+close+ws();
}
function body(depth){ let n=Math.floor(rnd()*4); let s=""; for(let i=0;i<n;i++) s+=node(depth); return s; }
const data={name:"N<&>",n:1.5,zero:0,flag:true,no:false,list:[1,"two",{k:"v"}],obj:{k:"K",name:"on"},items:[{name:"i1",k:1},{name:"i2"}],str:"abc",lst:[],e:""};
const fs=require("fs");
const cases=[];
while (cases.length < 400) {
  const t = (rnd()<0.2? "{{#*inline \"p\"}}"+ws()+"[{{name}}]\nline2\n"+ws()+"{{/inline}}"+pick(["\n",""])
                    : "{{#*inline \"p\"}}P{{/inline}}") + body(0);
  try { cases.push({template: t, output: H.compile(t)(data)}); } catch (e) { /* invalid for Handlebars too */ }
}
fs.writeFileSync(process.argv[2], JSON.stringify({generator: "handlebars.js " + H.VERSION + ", default options (HTML escaping on)", data, cases}, null, 1) + "\n");
