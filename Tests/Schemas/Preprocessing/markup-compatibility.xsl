<?xml version="1.0" encoding="UTF-8"?>
<!-- Markup compatibility processing (ECMA-376 Part 3) as a consumer that understands only the
     Transitional namespaces: what Word 2010 and later add is ignored the way the producer said it may be.
     - An element or attribute in a namespace that mc:Ignorable lists and that is not understood is
       dropped; an element that mc:ProcessContent names is unwrapped instead.
     - mc:AlternateContent becomes the content of its first mc:Choice whose Requires are all understood,
       else of its mc:Fallback, else nothing.
     - mc:Ignorable and mc:ProcessContent themselves go. Anything else that is not understood is kept, so
       the schema reports it: a consumer must fail on it too (mc:MustUnderstand included). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
  <xsl:output method="xml" encoding="UTF-8"/>

  <xsl:variable name="mc" select="'http://schemas.openxmlformats.org/markup-compatibility/2006'"/>
  <xsl:variable name="understood" select="concat(' ',
    'http://schemas.openxmlformats.org/wordprocessingml/2006/main ',
    'http://schemas.openxmlformats.org/spreadsheetml/2006/main ',
    'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing ',
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships ',
    'http://schemas.openxmlformats.org/officeDocument/2006/math ',
    'http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes ',
    'http://schemas.openxmlformats.org/schemaLibrary/2006/main ',
    'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing ',
    'http://schemas.openxmlformats.org/drawingml/2006/main ',
    'http://schemas.openxmlformats.org/drawingml/2006/picture ',
    'http://schemas.openxmlformats.org/drawingml/2006/chart ',
    'http://schemas.openxmlformats.org/drawingml/2006/chartDrawing ',
    'http://schemas.openxmlformats.org/drawingml/2006/diagram ',
    'http://schemas.openxmlformats.org/drawingml/2006/lockedCanvas ',
    'urn:schemas-microsoft-com:vml ',
    'urn:schemas-microsoft-com:office:office ',
    'urn:schemas-microsoft-com:office:word ',
    'urn:schemas-microsoft-com:office:excel ',
    'urn:schemas-microsoft-com:office:powerpoint ',
    'http://www.w3.org/XML/1998/namespace ')"/>

  <xsl:template match="/">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="*">
    <xsl:variable name="uri" select="namespace-uri()"/>
    <xsl:variable name="prefix" select="substring-before(name(), ':')"/>
    <xsl:choose>
      <xsl:when test="contains($understood, concat(' ', $uri, ' '))">
        <xsl:copy>
          <xsl:apply-templates select="@*|node()"/>
        </xsl:copy>
      </xsl:when>
      <xsl:when test="ancestor-or-self::*[@mc:Ignorable][contains(concat(' ', normalize-space(@mc:Ignorable), ' '), concat(' ', name(namespace::*[. = $uri]), ' '))]">
        <xsl:if test="ancestor-or-self::*[@mc:ProcessContent][contains(concat(' ', normalize-space(@mc:ProcessContent), ' '), concat(' ', $prefix, ':', local-name(), ' ')) or contains(concat(' ', normalize-space(@mc:ProcessContent), ' '), concat(' ', $prefix, ':* '))]">
          <xsl:apply-templates select="node()"/>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:copy>
          <xsl:apply-templates select="@*|node()"/>
        </xsl:copy>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="@*">
    <xsl:variable name="uri" select="namespace-uri()"/>
    <xsl:choose>
      <xsl:when test="$uri = $mc and (local-name() = 'Ignorable' or local-name() = 'ProcessContent')"/>
      <xsl:when test="$uri = '' or contains($understood, concat(' ', $uri, ' '))">
        <xsl:copy/>
      </xsl:when>
      <xsl:when test="ancestor::*[@mc:Ignorable][contains(concat(' ', normalize-space(@mc:Ignorable), ' '), concat(' ', name(namespace::*[. = $uri]), ' '))]"/>
      <xsl:otherwise>
        <xsl:copy/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="mc:AlternateContent">
    <xsl:call-template name="first-understood-choice">
      <xsl:with-param name="choice" select="mc:Choice[1]"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="first-understood-choice">
    <xsl:param name="choice"/>
    <xsl:choose>
      <xsl:when test="not($choice)">
        <xsl:apply-templates select="mc:Fallback/node()"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="unknown">
          <xsl:call-template name="unknown-prefixes">
            <xsl:with-param name="prefixes" select="normalize-space($choice/@Requires)"/>
            <xsl:with-param name="scope" select="$choice"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$unknown = ''">
            <xsl:apply-templates select="$choice/node()"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="first-understood-choice">
              <xsl:with-param name="choice" select="$choice/following-sibling::mc:Choice[1]"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Writes something for each prefix of the list that names a namespace not understood. -->
  <xsl:template name="unknown-prefixes">
    <xsl:param name="prefixes"/>
    <xsl:param name="scope"/>
    <xsl:if test="$prefixes != ''">
      <xsl:variable name="prefix" select="substring-before(concat($prefixes, ' '), ' ')"/>
      <xsl:if test="not(contains($understood, concat(' ', string($scope/namespace::*[name() = $prefix]), ' ')))">
        <xsl:value-of select="$prefix"/>
      </xsl:if>
      <xsl:call-template name="unknown-prefixes">
        <xsl:with-param name="prefixes" select="substring-after($prefixes, ' ')"/>
        <xsl:with-param name="scope" select="$scope"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
