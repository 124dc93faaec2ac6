// CSL 1.0.2 style for journal references in AMA Manual of Style, 11th edition. The npm CSL
// plugin ships only APA, Vancouver and Harvard, so the AMA rules the clinic needs live here:
// up to six authors, else three then "et al"; particles kept in place ("del Caz MDP");
// initials without periods; full page ranges joined by a hyphen ("1703-1717"); a paper
// online ahead of print gets "Published online <year>" instead of volume and pages.
export const AMA_STYLE_ID = 'clinic-ama'

export const amaStyle = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"
  demote-non-dropping-particle="never" initialize-with-hyphen="true"
  page-range-format="expanded" default-locale="en-US">
  <info>
    <title>American Medical Association 11th edition (journal articles)</title>
    <id>${AMA_STYLE_ID}</id>
    <category citation-format="numeric"/>
    <category field="medicine"/>
    <updated>2026-11-23T00:00:00+00:00</updated>
  </info>
  <locale xml:lang="en">
    <terms>
      <term name="et-al">et al</term>
      <term name="page-range-delimiter">-</term>
    </terms>
  </locale>
  <macro name="author">
    <names variable="author" suffix=".">
      <name name-as-sort-order="all" sort-separator=" " initialize-with=""
        delimiter=", " delimiter-precedes-last="always" delimiter-precedes-et-al="always"/>
    </names>
  </macro>
  <macro name="journal">
    <text variable="container-title" font-style="italic" suffix="."/>
  </macro>
  <macro name="volume-issue">
    <group>
      <text variable="volume"/>
      <text variable="issue" prefix="(" suffix=")"/>
    </group>
  </macro>
  <macro name="year">
    <date variable="issued">
      <date-part name="year"/>
    </date>
  </macro>
  <macro name="locator">
    <choose>
      <if variable="volume issue page" match="none">
        <group delimiter=" " suffix=".">
          <text value="Published online"/>
          <text macro="year"/>
        </group>
      </if>
      <else-if variable="issued">
        <group suffix=".">
          <text macro="year"/>
          <text macro="volume-issue" prefix=";"/>
          <text variable="page" prefix=":"/>
        </group>
      </else-if>
      <else-if variable="volume issue" match="any">
        <group suffix=".">
          <text macro="volume-issue"/>
          <text variable="page" prefix=":"/>
        </group>
      </else-if>
      <else>
        <text variable="page" suffix="."/>
      </else>
    </choose>
  </macro>
  <citation collapse="citation-number">
    <sort>
      <key variable="citation-number"/>
    </sort>
    <layout delimiter=",">
      <text variable="citation-number"/>
    </layout>
  </citation>
  <bibliography et-al-min="7" et-al-use-first="3">
    <layout>
      <group delimiter=" ">
        <text macro="author"/>
        <text variable="title" suffix="."/>
        <text macro="journal"/>
        <text macro="locator"/>
        <text variable="DOI" prefix="doi:"/>
      </group>
    </layout>
  </bibliography>
</style>
`
