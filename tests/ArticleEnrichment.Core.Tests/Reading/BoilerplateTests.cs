namespace ArticleEnrichment.Reading;

public class BoilerplateTests
{
    [Theory]
    [InlineData("Leave a Reply")]
    [InlineData("Leave a comment")]
    [InlineData("Your email address will not be published. Required fields are marked *")]
    [InlineData("- Advertisement -")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Source link")]
    [InlineData("Source: News Beast")]
    [InlineData("Must read")]
    [InlineData("Trending Today")]
    [InlineData("Also Read: Baltic shipping rates fall for third month")]
    [InlineData("READ MORE | Wine exports slide as costs climb")]
    [InlineData("By wy9m6")]
    [InlineData("By Jane Doe and John Roe | Reuters")]
    [InlineData("Written by Henrik Lund")]
    [InlineData("Photo: Piotr Nowak / Reuters")]
    [InlineData("Image credit: NASA")]
    [InlineData("Soldiers on parade in Moscow. (Photo by Ivan Petrov/Getty Images)")]
    [InlineData("Saturday, December 31, 2022")]
    [InlineData("28 Nov 2026 10:32 GMT")]
    [InlineData("12/30/2022")]
    [InlineData("Warsaw 3°C Light rain")]
    [InlineData("Share this article")]
    [InlineData("Share: Facebook Twitter WhatsApp Email")]
    [InlineData("Sign up for our daily newsletter")]
    [InlineData("© 2022 World News Daily. All rights reserved.")]
    [InlineData("Updated: 3 March 2024, 10:15")]
    public void IsBoilerplateLine_ScrapeLine_IsRemoved(string line)
    {
        Assert.True(Boilerplate.IsBoilerplateLine(line));
    }

    [Theory]
    [InlineData("The company said advertisement revenue fell by a third in the quarter.")]
    [InlineData("By then, it was too late.")]
    [InlineData("By the end of 2023, exports had doubled, the ministry said.")]
    [InlineData("Source: the finance ministry said on Monday that the budget deficit would widen to 4 percent of GDP, far above the target set in the spring and the highest in a decade.")]
    [InlineData("Temperatures reached 41°C in Seville on Tuesday, the highest since records began.")]
    [InlineData("Putin said he expected Xi to visit Moscow in the spring.")]
    [InlineData("Share prices rose 3 percent.")]
    [InlineData("Russia leading supplier of oil to China")]
    public void IsBoilerplateLine_Prose_IsKept(string line)
    {
        Assert.False(Boilerplate.IsBoilerplateLine(line));
    }

    [Fact]
    public void Remove_CommentSection_DropsEverythingAfterItsHeading()
    {
        var kept = Boilerplate.Remove(["Story paragraph one.", "Story paragraph two.", "Leave a Reply", "Great article!", "I disagree with this."]);

        Assert.Equal(["Story paragraph one.", "Story paragraph two."], kept);
    }

    [Fact]
    public void Remove_TrailingAuthorBio_IsDropped()
    {
        var bio = "Bruce Belcher is a seasoned author with over 5 years of experience in world news. He writes for online news websites.";

        Assert.Equal(["Story paragraph."], Boilerplate.Remove(["Story paragraph.", bio]));
    }

    [Fact]
    public void Remove_BioLikeSentenceInTheMiddle_IsKept()
    {
        var middle = "Anna Kowalczyk is a former journalist who now runs the port authority.";

        Assert.Equal(["First.", middle, "Second.", "Third."], Boilerplate.Remove(["First.", middle, "Second.", "Third."]));
    }
}
